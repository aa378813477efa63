import type { ReactNode } from "react";
import { ClientI18n } from "@/lib/i18n/client-i18n";
import { currentLocale } from "@/modules/shell";

/** An account page; its forms (client components) get the common and accounts strings (ClientI18n). */
export async function PageFrame({ title, lead, children, wide = false }: { title: string; lead?: string; children: ReactNode; wide?: boolean }) {
  return (
    <section className={`mx-auto px-4 py-10 ${wide ? "max-w-6xl" : "max-w-xl"}`}>
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      {lead ? <p className="mt-2 text-slate-700">{lead}</p> : null}
      <div className="mt-6">
        <ClientI18n lng={await currentLocale()}>{children}</ClientI18n>
      </div>
    </section>
  );
}
