"use client";
import { useState, type ReactNode } from "react";
import { createInstance } from "i18next";
import { I18nextProvider, initReactI18next, useTranslation } from "react-i18next";
import { i18nextOptions, type Resources } from "./load";
import type { Locale } from "./locales";
import type { Namespace } from "./namespaces";

/**
 * react-i18next for client components. The instance is created synchronously
 * from the resources the server sent, so client components render translated
 * HTML during server rendering too (no flash of keys, works without JS).
 */
export function I18nProvider({
  lng,
  resources,
  children,
}: {
  lng: Locale;
  resources: Record<string, Resources>;
  children: ReactNode;
}) {
  const [instance] = useState(() => {
    const i = createInstance();
    void i.use(initReactI18next).init({
      ...i18nextOptions,
      lng,
      resources: { [lng]: resources },
      ns: Object.keys(resources),
      initAsync: false,
    });
    return i;
  });
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}

/**
 * Adds strings of a namespace the enclosing <ClientI18n> (client-i18n.tsx) does not send to its
 * instance, before its children render: a page passes only what its client components show
 * (clientSubset on the server), and they use useTranslation(ns) as usual, plurals and
 * number formats included. Adding the same strings again changes nothing.
 */
export function AddTranslations({ ns, resources, children }: { ns: Namespace; resources: Resources; children: ReactNode }) {
  const { i18n } = useTranslation();
  useState(() => i18n.addResourceBundle(i18n.language, ns, resources, true, true));
  return children;
}
