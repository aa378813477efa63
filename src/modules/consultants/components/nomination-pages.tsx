import { REFUSALS } from "@/lib/actions/refusals";
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import { clientSubset, getT } from "@/lib/i18n/server";
import { getCurrentUser, requirePageAccess } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { acceptInvitationAction } from "../actions/workflow";
import { INVITATION_DAYS, peekInvitation } from "../server";
import { NominateForm } from "./nominate-form";

/** A focal point nominates a national of their country. */
export async function NominatePage({ lng }: { lng: Locale }) {
  const user = await requirePageAccess(lng, "consultants.nominate", `/${lng}/consultants/nominate`);
  const [t, tc, names] = await Promise.all([getT(lng, "consultants"), getT(lng, "common"), placeNames(lng)]);
  return (
    <section className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("nominate.title")}</h1>
      <p className="mt-2">{t("nominate.intro", { country: user.focalPointCountry ? names.country(user.focalPointCountry) : "—", days: INVITATION_DAYS })}</p>
      <div className="mt-6">
        <NominateForm
          lng={lng}
          languages={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
          strings={{
            fullName: t("nominate.fullName"),
            email: t("nominate.email"),
            language: t("nominate.language"),
            send: t("nominate.send"),
            sent: t("nominate.sent"),
            fixErrors: t("nominate.fixErrors"),
            refused: Object.fromEntries(REFUSALS.map((r) => [r, tc(`actionRefused.${r}`)])),
            errors: (await clientSubset(lng, "consultants", ["errors"])).errors as Record<string, string>,
          }}
        />
      </div>
    </section>
  );
}

/** The nominee's link: accept (signed in), or why it cannot be used. */
export async function InvitationPage({ lng, token, refused }: { lng: Locale; token: string; refused?: string }) {
  const [t, tc, user, inv] = await Promise.all([getT(lng, "consultants"), getT(lng, "common"), getCurrentUser(), peekInvitation(token)]);
  const refusal = refused && refused.startsWith("invitation_") ? null : refused;
  const self = `/${lng}/consultants/invitation?token=${encodeURIComponent(token)}`;
  return (
    <section className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("invitation.title")}</h1>
      {refusal ? (
        <p role="alert" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          {REFUSALS.find((r) => r === refusal) ? tc(`actionRefused.${refusal}`) : t(`errors.${refusal}`, { defaultValue: t("errors.invalid") })}
        </p>
      ) : null}
      {inv.state !== "valid" ? (
        <p role="alert" className="mt-4">{t(`invitation.${inv.state}`)}</p>
      ) : !user ? (
        <p className="mt-4">
          {t("invitation.signIn")} <a href={`/${lng}/sign-in?next=${encodeURIComponent(self)}`}>{t("invitation.signInLink")}</a>
        </p>
      ) : (
        <form action={acceptInvitationAction} className="mt-4 space-y-3">
          <p>{t("invitation.valid", { name: inv.fullName })}</p>
          <input type="hidden" name="lng" value={lng} />
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("invitation.accept")}</button>
        </form>
      )}
    </section>
  );
}
