import { dateFormat, numberFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { LISTING_STATUSES } from "../constants";
import { moderationQueue } from "../server";

/**
 * The secretariat's moderation queue: counts per status, then the submitted listings oldest
 * first, each opening its listing page, where the secretariat publishes, returns or rejects it
 * (the buttons getListing offers the secretariat).
 */
export async function ModerationPage({ lng }: { lng: Locale }) {
  await requirePageAccess(lng, "matchmaking.moderate", `/${lng}/matchmaking/moderation`);
  const [t, queue, names] = await Promise.all([getT(lng, "matchmaking"), moderationQueue(lng), placeNames(lng)]);
  const numbers = numberFormat(lng);
  const dates = dateFormat(lng, { dateStyle: "medium" });
  return (
    <section className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("moderation.title")}</h1>
      <p className="mt-2 text-slate-700">{t("moderation.lead")}</p>
      <h2 className="mt-6 text-xl font-semibold">{t("moderation.byStatus")}</h2>
      <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-5">
        {LISTING_STATUSES.map((s) => (
          <div key={s} className="rounded border border-slate-300 p-2">
            <dt className="text-sm text-slate-700">{t(`statuses.${s}`)}</dt>
            <dd className="text-lg font-semibold">{numbers.format(queue.counts[s])}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-8 text-xl font-semibold">{t("moderation.queue", { count: queue.items.length })}</h2>
      {queue.items.length === 0 ? (
        <p className="mt-2">{t("moderation.empty")}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {queue.items.map((l) => (
            <li key={l.id} className="rounded border border-slate-300 p-3">
              <a href={`/${lng}/matchmaking/listings/${l.id}`} className="font-semibold" lang={l.titleLocale} dir="auto">
                {l.title}
              </a>
              <p className="text-sm text-slate-700">
                {t(`kinds.${l.kind}`)} · {l.organisation} · {l.countries.map((c) => names.country(c)).join(", ")}
              </p>
              <p className="text-sm text-slate-700">
                {l.submittedAt ? t("moderation.waiting", { date: dates.format(new Date(l.submittedAt)), count: l.ageDays }) : null}
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-8">
        <a href={`/${lng}/matchmaking/matches/new`} className="font-semibold">{t("broker.title")}</a>
      </p>
    </section>
  );
}
