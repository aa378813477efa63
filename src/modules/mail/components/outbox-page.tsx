import { Fragment } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { LOCALE_TAGS } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/modules/accounts/server";
import { listOutbox } from "../server";

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/**
 * Plain-text body with its links clickable: without SMTP this page is how verification links are
 * reached. With SMTP the secret links are shown as a marker (listOutbox), never as a live link.
 */
function Body({ text }: { text: string }) {
  return (
    <pre className="whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-sans text-sm">
      {text.split(URL_PATTERN).map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} dir="ltr">
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </pre>
  );
}

export async function OutboxPage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, unknown> }) {
  await requirePageAccess(lng, "outbox.read", `/${lng}/admin/outbox`);
  const t = await getT(lng, "admin");
  const to = typeof searchParams.to === "string" ? searchParams.to.slice(0, 254) : undefined;
  const emails = await listOutbox({ to, revealLinks: !process.env.SMTP_URL });
  const when = new Intl.DateTimeFormat(LOCALE_TAGS[lng], { dateStyle: "short", timeStyle: "medium", timeZone: "UTC" });
  return (
    <section className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold text-brand-900">{t("outbox.title")}</h1>
      <p className="mt-2 text-slate-700">{process.env.SMTP_URL ? t("outbox.leadSmtp") : t("outbox.leadNoSmtp")}</p>
      <form method="get" className="my-6 flex flex-wrap items-end gap-3 rounded bg-slate-50 p-4">
        <label className="font-semibold">
          {t("outbox.recipient")}
          <input name="to" defaultValue={to ?? ""} className="mt-1 block rounded border border-slate-400 px-2 py-1.5 font-normal" dir="ltr" />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("outbox.filter")}
        </button>
      </form>
      <ul className="space-y-4">
        {emails.map((e) => (
          <li key={e.id} className="rounded border border-slate-200 p-4">
            <details>
              <summary className="cursor-pointer">
                <span className="font-semibold">{e.subject}</span>
                <span className="block text-sm text-slate-700">
                  <span dir="ltr">{e.to}</span> · {t(`outbox.status.${e.status}`)} · {when.format(e.createdAt)}
                  {e.attempts ? ` · ${t("outbox.attempts", { count: e.attempts })}` : ""}
                </span>
              </summary>
              <div className="mt-3">
                <Body text={e.textBody} />
                {e.lastError ? <p className="mt-2 text-sm text-red-800" dir="ltr">{e.lastError}</p> : null}
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
