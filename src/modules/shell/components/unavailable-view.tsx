"use client";
import { useErrorT } from "./error-strings-context";

/** The localized "service unavailable" view: the database is away, not the reader's fault. */
export function UnavailableView({ onRetry }: { onRetry: () => void }) {
  const t = useErrorT();
  return (
    <section className="mx-auto max-w-3xl px-4 py-16" role="alert">
      <h1 className="text-3xl font-bold text-brand-900">{t("unavailable.title")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("unavailable.body")}</p>
      <button type="button" onClick={onRetry} className="mt-8 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("unavailable.retry")}
      </button>
    </section>
  );
}
