"use client";
import { useState, type ReactNode } from "react";
import { createInstance } from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { i18nextOptions, type Resources } from "./load";
import type { Locale } from "./locales";

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
