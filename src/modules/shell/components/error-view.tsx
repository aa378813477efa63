"use client";
import { useErrorT } from "./error-strings-context";

/** The localized error boundary content; `digest` lets support find the server log entry. */
export function ErrorView({ digest, onRetry }: { digest?: string; onRetry: () => void }) {
  const t = useErrorT();
  return (
    <section className="mx-auto max-w-3xl px-4 py-16" role="alert">
      <h1 className="text-3xl font-bold text-brand-900">{t("error.title")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("error.body")}</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-8 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        {t("error.retry")}
      </button>
      {digest ? <p className="mt-6 text-sm text-slate-600">{t("error.reference", { id: digest })}</p> : null}
    </section>
  );
}
