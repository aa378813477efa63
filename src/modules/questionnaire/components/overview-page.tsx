import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { decide } from "@/modules/accounts/policy";
import { getCurrentUser } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { listRounds, roundsOfCountry } from "../server";

/**
 * The questionnaire's front page: a focal point sees the rounds with where their country's
 * response stands; the secretariat sees the rounds, each leading to its dashboard; anyone else
 * (visitors included, who all see the same page) is told that the focal points answer it.
 */
export async function OverviewPage({ lng }: { lng: Locale }) {
  const [t, user] = await Promise.all([getT(lng, "questionnaire"), getCurrentUser()]);
  const country = user?.focalPointCountry && decide(user, "questionnaire.respond", { country: user.focalPointCountry }) === "allow" ? user.focalPointCountry : null;
  const secretariat = decide(user, "questionnaire.manage") === "allow";
  const [mine, all, names] = await Promise.all([country ? roundsOfCountry(country) : null, secretariat ? listRounds() : null, placeNames(lng)]);
  const dates = new Intl.DateTimeFormat(LOCALE_TAGS[lng], { dateStyle: "long", timeZone: "UTC" });
  const day = (d: string) => dates.format(new Date(`${d}T00:00:00Z`));
  return (
    <section className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("overview.heading")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("overview.lead")}</p>
      {mine ? (
        <section aria-labelledby="my-rounds" className="mt-6">
          <h2 id="my-rounds" className="text-xl font-bold text-brand-900">{t("overview.mine", { country: names.country(country!) })}</h2>
          {mine.length === 0 ? <p className="mt-2">{t("overview.noRounds")}</p> : null}
          <ul className="mt-3 space-y-3">
            {mine.map((r) => (
              <li key={r.id} className="rounded border border-slate-300 p-4">
                <a href={`/${lng}/questionnaire/${r.id}/${country}`} className="text-lg font-semibold underline">{t("overview.round", { round: r.name })}</a>
                <p className="mt-1">
                  {t("overview.progress", { status: t(`statuses.${r.progress}`) })}
                  {r.reference ? <> · <span dir="ltr" className="font-mono">{r.reference}</span></> : null}
                </p>
                <p className="text-sm text-slate-700">{r.open ? t("overview.openUntil", { date: day(r.deadline) }) : t("overview.closed", { date: day(r.deadline) })}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {all ? (
        <section aria-labelledby="all-rounds" className="mt-6">
          <h2 id="all-rounds" className="text-xl font-bold text-brand-900">{t("overview.allRounds")}</h2>
          {all.length === 0 ? <p className="mt-2">{t("overview.noRounds")}</p> : null}
          <ul className="mt-3 space-y-3">
            {all.map((r) => (
              <li key={r.id} className="rounded border border-slate-300 p-4">
                <a href={`/${lng}/questionnaire/${r.id}`} className="text-lg font-semibold underline">{t("overview.round", { round: r.name })}</a>
                <p className="text-sm text-slate-700">
                  {t("overview.version", { number: r.versionNumber })} · {r.open ? t("overview.openUntil", { date: day(r.deadline) }) : t("overview.closed", { date: day(r.deadline) })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!mine && !all ? <p className="mt-6 max-w-3xl">{t("overview.explanation")}</p> : null}
    </section>
  );
}
