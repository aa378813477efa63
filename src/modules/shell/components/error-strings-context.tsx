"use client";
import { createContext, useContext, type ReactNode } from "react";

const Strings = createContext<Readonly<Record<string, string>>>({});

/** Holds the few strings of the error views (see error-strings.tsx), keyed "error.title". */
export function ErrorStringsProvider({ strings, children }: { strings: Readonly<Record<string, string>>; children: ReactNode }) {
  return <Strings value={strings}>{children}</Strings>;
}

/**
 * t() for the error views (error.tsx): the text of a key the layout sent, `{{name}}`
 * placeholders filled from `values`. No i18next in the browser for four strings.
 */
export function useErrorT(): (key: string, values?: Record<string, string>) => string {
  const strings = useContext(Strings);
  return (key, values) => (strings[key] ?? key).replace(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g, (_, name: string) => values?.[name] ?? "");
}
