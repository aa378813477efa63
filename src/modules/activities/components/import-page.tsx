import { ClientI18n } from "@/lib/i18n/client-i18n";
import { AddTranslations } from "@/lib/i18n/client-provider";
import type { Locale } from "@/lib/i18n/locales";
import { clientSubset, getT } from "@/lib/i18n/server";
import { MAX_IMPORT_BYTES } from "@/lib/upload-limits";
import { requirePageAccess } from "@/modules/accounts/server";
import { MAX_IMPORT_ROWS } from "../server/import-activities";
import { ImportForm } from "./import-form";

export async function ImportPage({ lng }: { lng: Locale }) {
  await requirePageAccess(lng, "activities.manage", `/${lng}/activities/import`);
  // The form translates in the browser (plurals, error codes): it gets these strings, not the whole namespace.
  const [t, strings] = await Promise.all([getT(lng, "activities"), clientSubset(lng, "activities", ["import", "errors"])]);
  return (
    <section className="mx-auto max-w-4xl px-4 py-8">
      <p className="mb-4 text-sm">
        <a href={`/${lng}/activities`}>{t("detail.back")}</a>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("import.title")}</h1>
      <p className="mt-2 text-slate-700">{t("import.lead")}</p>
      <p className="my-4">
        <a href="/api/v1/activities/import/template" download>{t("import.template")}</a>
      </p>
      <ClientI18n lng={lng} ns={["common"]}>
        <AddTranslations ns="activities" resources={strings}>
          <ImportForm lng={lng} limits={{ maxRows: MAX_IMPORT_ROWS, maxMebibytes: MAX_IMPORT_BYTES / (1024 * 1024) }} />
        </AddTranslations>
      </ClientI18n>
    </section>
  );
}
