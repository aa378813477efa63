import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { ErrorStringsProvider } from "./error-strings-context";

/** What ErrorView and UnavailableView show (common namespace); add a key here when they show a new one. */
const ERROR_VIEW_KEYS = ["error.title", "error.body", "error.retry", "error.reference", "unavailable.title", "unavailable.body", "unavailable.retry"] as const;

/**
 * Gives the error boundary (app/[lng]/error.tsx, a client component) its strings in the
 * page's language: the layout wraps the page in it, and the views read them with useErrorT().
 * Placeholders are sent as written ({{id}}) and filled in the browser.
 */
export async function ErrorStrings({ lng, children }: { lng: Locale; children: ReactNode }) {
  const t = await getT(lng);
  const strings = Object.fromEntries(ERROR_VIEW_KEYS.map((key) => [key, t(key, { skipInterpolation: true })]));
  return <ErrorStringsProvider strings={strings}>{children}</ErrorStringsProvider>;
}
