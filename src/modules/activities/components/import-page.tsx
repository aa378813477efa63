import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/modules/accounts/server";
import { ImportForm } from "./import-form";

// Sent to the form as templates ({{count}} and {{reason}} filled in the browser), not the whole namespace.
const IMPORT_LABELS = ["file", "dryRun", "submit", "progressUploading", "progressChecking", "progressWriting", "rows", "valid", "created", "updated", "checked", "hasErrors", "row", "field", "reason", "fileError"];

export async function ImportPage({ lng }: { lng: Locale }) {
  await requirePageAccess(lng, "activities.manage", `/${lng}/activities/import`);
  const t = await getT(lng, "activities");
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
      <ImportForm lng={lng} labels={Object.fromEntries(IMPORT_LABELS.map((k) => [k, t(`import.${k}`, { count: "{{count}}", reason: "{{reason}}", done: "{{done}}", total: "{{total}}", percent: "{{percent}}" })]))} />
    </section>
  );
}
