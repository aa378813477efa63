import { dateFormat, formatList } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/modules/accounts/server";
import { ScrollRegion } from "@/modules/shell";
import { AUDIT_OUTCOMES, auditQuerySchema } from "../schemas";
import { listAudit } from "../server";

const cell = "px-2 py-1.5 text-start align-top";

export async function AuditPage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, unknown> }) {
  await requirePageAccess(lng, "audit.read", `/${lng}/admin/audit`);
  const [t, ta] = await Promise.all([getT(lng, "admin"), getT(lng, "accounts")]);
  const parsed = auditQuerySchema.safeParse(searchParams);
  const query = parsed.success ? parsed.data : auditQuerySchema.parse({});
  const { items, nextBefore } = await listAudit(query);
  const when = dateFormat(lng, { dateStyle: "short", timeStyle: "medium" });
  const keep = Object.fromEntries(
    Object.entries({ action: query.action, actor: query.actor, outcome: query.outcome, from: query.from, to: query.to }).filter(([, v]) => v),
  ) as Record<string, string>;
  const input = "mt-1 block rounded border border-slate-400 px-2 py-1.5 font-normal";
  return (
    <section className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold text-brand-900">{t("audit.title")}</h1>
      <p className="mt-2 text-slate-700">{t("audit.lead")}</p>
      <form method="get" className="my-6 flex flex-wrap items-end gap-3 rounded bg-slate-50 p-4">
        <label className="font-semibold">
          {t("audit.action")}
          <input name="action" defaultValue={query.action ?? ""} className={input} dir="ltr" />
        </label>
        <label className="font-semibold">
          {t("audit.actor")}
          <input name="actor" type="email" defaultValue={query.actor ?? ""} className={input} dir="ltr" />
        </label>
        <label className="font-semibold">
          {t("audit.outcome")}
          <select name="outcome" defaultValue={query.outcome ?? ""} className={input}>
            <option value="">{t("audit.any")}</option>
            {AUDIT_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`audit.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="font-semibold">
          {t("audit.from")}
          <input name="from" type="date" defaultValue={query.from ?? ""} className={input} />
        </label>
        <label className="font-semibold">
          {t("audit.to")}
          <input name="to" type="date" defaultValue={query.to ?? ""} className={input} />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("audit.filter")}
        </button>
      </form>
      <ScrollRegion label={t("audit.title")}>
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b-2 border-slate-300">
              {(["when", "actor", "action", "target", "outcome", "ip", "requestId"] as const).map((c) => (
                <th key={c} scope="col" className={cell}>
                  {t(`audit.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id} className="border-b border-slate-200">
                <td className={cell}>{when.format(new Date(e.at))}</td>
                <td className={cell}>
                  <span dir="ltr">{e.actorEmail ?? "—"}</span>
                  {e.actorRoles.length ? (
                    <span className="block text-xs text-slate-600">{formatList(lng, e.actorRoles.map((r) => ta(`roles.${r}`, { defaultValue: r })))}</span>
                  ) : null}
                </td>
                <td className={`${cell} font-mono text-xs`} dir="ltr">{e.action}</td>
                <td className={`${cell} font-mono text-xs`} dir="ltr">{e.targetType ? `${e.targetType}:${e.targetId}` : "—"}</td>
                <td className={cell}>{t(`audit.outcomes.${e.outcome}`)}</td>
                <td className={`${cell} font-mono text-xs`} dir="ltr">{e.ip ?? "—"}</td>
                <td className={`${cell} font-mono text-xs`} dir="ltr">{e.requestId ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {nextBefore ? (
        <p className="mt-4">
          <a href={`/${lng}/admin/audit?${new URLSearchParams({ ...keep, before: nextBefore })}`}>{t("audit.older")}</a>
        </p>
      ) : null}
    </section>
  );
}
