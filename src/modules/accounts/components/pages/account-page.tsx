import { formatList } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { placeNames } from "@/modules/countries/server";
import { getProfile, requirePageAccess } from "../../server";
import { ChangePasswordForm, DeleteAccountForm, ProfileForm } from "../account-forms";
import { countryOptions, languageOptions } from "./options";
import { PageFrame } from "./page-frame";

export async function AccountPage({ lng }: { lng: Locale }) {
  const current = await requirePageAccess(lng, "account.manage_own", `/${lng}/account`);
  const [t, names, profile] = await Promise.all([getT(lng, "accounts"), placeNames(lng), getProfile(current.id)]);
  const user = profile!;
  const sectionClass = "mt-10 border-t border-slate-200 pt-6";
  return (
    <PageFrame title={t("account.title")} lead={t("account.signedInAs", { email: user.email })}>
      <p className="text-sm text-slate-700">
        {t("fields.roles")}: {formatList(lng, user.roles.map((r) => t(`roles.${r}`)))}
        {user.focalPointCountry ? ` (${t("fields.focalPointCountry")}: ${names.country(user.focalPointCountry)})` : ""}
      </p>
      <section aria-labelledby="profile" className="mt-6">
        <h2 id="profile" className="mb-4 text-xl font-bold">
          {t("account.profile")}
        </h2>
        <ProfileForm lng={lng} user={user} countries={await countryOptions(lng)} languages={languageOptions()} />
      </section>
      <section aria-labelledby="password" className={sectionClass}>
        <h2 id="password" className="mb-4 text-xl font-bold">
          {t("account.changePassword")}
        </h2>
        <ChangePasswordForm lng={lng} />
      </section>
      <section aria-labelledby="data" className={sectionClass}>
        <h2 id="data" className="mb-2 text-xl font-bold">
          {t("account.yourData")}
        </h2>
        <p className="mb-3 text-slate-700">{t("account.yourDataLead")}</p>
        <a href="/api/v1/me/export" className="font-semibold" download>
          {t("account.download")}
        </a>
      </section>
      <section aria-labelledby="delete" className={sectionClass}>
        <h2 id="delete" className="mb-2 text-xl font-bold text-red-900">
          {t("account.delete")}
        </h2>
        <p className="mb-4 text-slate-700">{t("account.deleteLead")}</p>
        <DeleteAccountForm lng={lng} />
      </section>
    </PageFrame>
  );
}
