"use client";
import { useActionState, useState, type FormEvent } from "react";
import { useFormStatus } from "react-dom";
import { useTranslation } from "react-i18next";
import { numberFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ScrollRegion } from "@/modules/shell/components/scroll-region";
import { importAction, type ImportState } from "../actions";
import { uploadImport, type ImportEnd } from "./upload-import";

/** Busy: aria-disabled, not disabled, so keyboard focus stays on the button while the import runs. */
function Submit({ label, busy }: { label: string; busy: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={busy || undefined}
      className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60 aria-disabled:opacity-60"
    >
      {label}
    </button>
  );
}

interface Progress {
  label: string;
  value: number;
  max: number;
}

/** What the page shows after an upload: the report, or why there is none (codes, translated here). */
type Outcome = ImportEnd | { refused: NonNullable<ImportState["message"]> } | Record<string, never>;

/** The server action's answer (no JavaScript) in the same terms as the upload's. */
function outcomeOf(state: ImportState): Outcome {
  if (state.report) return { report: state.report };
  if (state.fileError) return { reasons: state.fileError.split("; ") };
  if (state.message) return { refused: state.message };
  return {};
}

/**
 * Upload, check and import; the report lists every row's errors. With JavaScript the file goes
 * to the import API and a bar shows the upload, then the rows checked and written; without it
 * the form posts to a server action and the report comes back with the page. Every message is
 * a code translated here (activities:import.*, activities:errors.*, the page adds those strings),
 * counts with their plural forms and numbers in the reader's language.
 */
export function ImportForm({ lng, limits }: { lng: Locale; limits: { maxRows: number; maxMebibytes: number } }) {
  const { t } = useTranslation("activities");
  const [actionState, action] = useActionState<ImportState, FormData>(importAction, {});
  const [streamed, setStreamed] = useState<Outcome | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  // Screen readers hear each phase once (uploading, checking, writing), not every progress line.
  const [announced, setAnnounced] = useState("");
  const numbers = numberFormat(lng);
  // Values the messages of errors.* may name.
  const values = { max: limits.maxRows, mib: limits.maxMebibytes };
  const reason = (code: string, params: Record<string, string | number> = {}) =>
    code === "required" ? t("import.noFile") : t([`errors.${code}`, `import.failures.${code}`], { ...values, ...params, defaultValue: t("errors.invalid") });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (progress) return;
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setStreamed({ reasons: ["required"] });
    setStreamed(null);
    let phase = "";
    const show = (next: string, label: string, value: number, max: number) => {
      if (next !== phase) {
        phase = next;
        setAnnounced(label);
      }
      setProgress({ label, value, max });
    };
    show("upload", t("import.progressUploading", { percent: numbers.format(0) }), 0, 100);
    const end = await uploadImport(data, data.get("dryRun") === "on", {
      upload: (percent) => show("upload", t("import.progressUploading", { percent: numbers.format(percent) }), percent, 100),
      progress: (p) =>
        show(
          p.phase,
          t(p.phase === "writing" ? "import.progressWriting" : "import.progressChecking", { done: numbers.format(p.done), total: numbers.format(p.total) }),
          p.done,
          p.total,
        ),
    });
    setProgress(null);
    setAnnounced("");
    setStreamed(end);
  }

  const outcome = streamed ?? outcomeOf(actionState);
  const r = "report" in outcome ? outcome.report : undefined;
  const problem =
    "reasons" in outcome
      ? outcome.reasons.includes("required")
        ? t("import.noFile")
        : t("import.fileError", { reason: outcome.reasons.map((code) => reason(code)).join(" ") })
      : "failure" in outcome
        ? t(`import.failures.${outcome.failure}`)
        : "refused" in outcome
          ? t(`common:actionRefused.${outcome.refused}`)
          : null;
  return (
    <>
      <form action={action} onSubmit={onSubmit} className="space-y-4 rounded bg-slate-50 p-4">
        <div>
          <label htmlFor="import-file" className="block font-semibold">{t("import.file")}</label>
          <input id="import-file" name="file" type="file" accept=".csv,.xlsx,text/csv" required className="mt-1 block" />
        </div>
        <div className="flex items-center gap-2">
          <input id="import-dry" name="dryRun" type="checkbox" defaultChecked className="size-6" />
          <label htmlFor="import-dry">{t("import.dryRun")}</label>
        </div>
        <Submit label={t("import.submit")} busy={progress !== null} />
      </form>
      <div aria-live="polite" className="sr-only">
        {announced}
      </div>
      {progress ? (
        <div className="mt-4">
          <p id="import-progress-label">{progress.label}</p>
          <progress aria-labelledby="import-progress-label" value={progress.value} max={progress.max} className="mt-1 block h-3 w-full" />
        </div>
      ) : null}
      {problem ? <p role="alert" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">{problem}</p> : null}
      {/* Always present, so the report is announced when it arrives inside it. */}
      <section aria-live="polite" className="mt-6">
        {r ? (
          <>
            <ul className="space-y-1">
              <li>{t("import.rows", { count: r.rows })}</li>
              <li>{t("import.valid", { count: r.valid })}</li>
              {!r.dryRun && !r.errors.length ? (
                <>
                  <li>{t("import.created", { count: r.created })}</li>
                  <li>{t("import.updated", { count: r.updated })}</li>
                </>
              ) : null}
            </ul>
            <p role="status" className={`mt-3 rounded border-s-4 p-3 ${r.errors.length ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900"}`}>
              {r.errors.length ? t("import.hasErrors") : r.dryRun ? t("import.checked") : t("import.created", { count: r.created })}
            </p>
            {r.errors.length ? (
              <ScrollRegion label={t("import.errorsTable")} className="mt-4">
                <table className="w-full text-sm">
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="px-2 py-1 text-start">{t("import.row")}</th>
                      <th scope="col" className="px-2 py-1 text-start">{t("import.field")}</th>
                      <th scope="col" className="px-2 py-1 text-start">{t("import.reason")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.errors.map((e, i) => (
                      <tr key={i} className="border-b border-slate-100">
                        <td className="px-2 py-1">{numbers.format(e.row)}</td>
                        <td className="px-2 py-1 font-mono" dir="ltr">{e.field}</td>
                        <td className="px-2 py-1">{reason(e.reason, e.params)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            ) : null}
          </>
        ) : null}
      </section>
    </>
  );
}
