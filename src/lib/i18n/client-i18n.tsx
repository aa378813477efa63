import "server-only";
import type { ReactNode } from "react";
import { I18nProvider } from "./client-provider";
import { loadNamespace, type Resources } from "./load";
import type { Locale } from "./locales";
import { CLIENT_NAMESPACES, type Namespace } from "./namespaces";

/**
 * react-i18next for the client components below it, with the namespaces `ns` (default
 * CLIENT_NAMESPACES) of one locale. Put it around a page's interactive part (a form), not in
 * the layout: the public pages have no client component that translates, so they ship
 * neither i18next nor any strings to the browser. Pages add what else their client
 * components show with <AddTranslations> (client-provider.tsx) inside it.
 */
export async function ClientI18n({ lng, ns = CLIENT_NAMESPACES, children }: { lng: Locale; ns?: readonly Namespace[]; children: ReactNode }) {
  const resources: Record<string, Resources> = Object.fromEntries(await Promise.all(ns.map(async (n) => [n, await loadNamespace(lng, n)] as const)));
  return (
    <I18nProvider lng={lng} resources={resources}>
      {children}
    </I18nProvider>
  );
}
