"use client";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { importAction, type ImportState } from "../actions";

function Submit({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
      {label}
    </button>
  );
}

/** Upload, check and import; the report lists every row's errors. */
export function ImportForm({ labels }: { labels: Record<string, string> }) {
  const t = (key: string, vars: Record<string, string | number> = {}) =>
    Object.entries(vars).reduce((text, [k, v]) => text.replaceAll(`{{${k}}}`, String(v)), labels[key.replace("import.", "")] ?? key);
  const [state, action] = useActionState<ImportState, FormData>(importAction, {});
  const r = state.report;
  return (
    <>
      <form action={action} className="space-y-4 rounded bg-slate-50 p-4">
        <div>
          <label htmlFor="import-file" className="block font-semibold">{t("import.file")}</label>
          <input id="import-file" name="file" type="file" accept=".csv,.xlsx,text/csv" required className="mt-1 block" />
        </div>
        <div className="flex items-center gap-2">
          <input id="import-dry" name="dryRun" type="checkbox" defaultChecked className="size-6" />
          <label htmlFor="import-dry">{t("import.dryRun")}</label>
        </div>
        <Submit label={t("import.submit")} />
      </form>
      {state.fileError ? (
        <p role="alert" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">{t("import.fileError", { reason: state.fileError })}</p>
      ) : null}
      {r ? (
        <section aria-live="polite" className="mt-6">
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
            <table className="mt-4 w-full text-sm">
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
                    <td className="px-2 py-1">{e.row}</td>
                    <td className="px-2 py-1 font-mono" dir="ltr">{e.field}</td>
                    <td className="px-2 py-1" dir="ltr" lang="en">{e.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
