import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { countryStats } from "@/modules/countries/server";
import { localHref } from "@/modules/shell";
import { LatestStories } from "@/modules/stories/components/latest-stories";

const OFFERS = [
  { key: "offerActivities", path: "/activities" },
  { key: "offerConsultants", path: "/consultants" },
  { key: "offerMatchmaking", path: "/matchmaking" },
  { key: "offerStories", path: "/stories" },
] as const;

export async function HomePage({ lng }: { lng: Locale }) {
  const t = await getT(lng, "home");
  const stats = await countryStats();
  const date = new Intl.DateTimeFormat(LOCALE_TAGS[lng], { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <section className="bg-brand-50">
        <div className="mx-auto max-w-6xl px-4 py-12">
          <h1 className="max-w-3xl text-3xl font-bold text-brand-900 md:text-4xl">{t("heroTitle")}</h1>
          <p className="mt-4 max-w-3xl text-lg text-slate-800">{t("heroLead")}</p>
          <p className="mt-6 flex flex-wrap gap-3">
            <a
              href={localHref(lng, "/activities")}
              className="rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800"
            >
              {t("ctaActivities")}
            </a>
            <a
              href={localHref(lng, "/countries")}
              className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold no-underline hover:bg-brand-100"
            >
              {t("ctaCountries")}
            </a>
          </p>
        </div>
      </section>
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-10 md:grid-cols-2">
        <section aria-labelledby="what">
          <h2 id="what" className="text-2xl font-bold text-brand-900">
            {t("whatTitle")}
          </h2>
          <p className="mt-3 text-slate-800">{t("whatSouthSouth")}</p>
          <p className="mt-3 text-slate-800">{t("whatTriangular")}</p>
        </section>
        <section aria-labelledby="offers">
          <h2 id="offers" className="text-2xl font-bold text-brand-900">
            {t("offersTitle")}
          </h2>
          <ul className="mt-3 space-y-3">
            {OFFERS.map((o) => (
              <li key={o.key} className="border-s-4 border-brand-600 ps-3 text-slate-800">
                <a href={localHref(lng, o.path)}>{t(o.key)}</a>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <LatestStories lng={lng} />
      <section aria-labelledby="stats" className="mx-auto max-w-6xl px-4">
        <h2 id="stats" className="text-2xl font-bold text-brand-900">
          {t("statsTitle")}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          {[
            t("statsMembers", { count: stats.total }),
            t("statsDeveloping", { count: stats.developing }),
            t("statsLdc", { count: stats.ldc }),
          ].map((text) => (
            <li key={text} className="rounded border border-slate-200 bg-white p-4 text-lg font-semibold text-brand-800">
              {text}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-slate-600">{t("statsAsOf", { date: date.format(new Date(stats.ldcAsOf)) })}</p>
      </section>
    </>
  );
}
