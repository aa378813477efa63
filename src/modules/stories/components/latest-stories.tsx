import { yearFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { placeNames } from "@/modules/countries/server";
import { latestStories } from "../server";
import { StoryCard } from "./story-card";

/** The home page's "Latest stories": the three newest published, nothing at all when there are none. */
export async function LatestStories({ lng }: { lng: Locale }) {
  const stories = await latestStories(lng, 3);
  if (!stories.length) return null;
  const [t, tc, names] = await Promise.all([getT(lng, "stories"), getT(lng, "common"), placeNames(lng)]);
  const years = yearFormat(lng);
  return (
    <section aria-labelledby="latest-stories" className="mx-auto max-w-6xl px-4 pb-10">
      <h2 id="latest-stories" className="text-2xl font-bold text-brand-900">{t("latest.title")}</h2>
      <ul className="mt-4 grid gap-4 md:grid-cols-3">
        {stories.map((s) => (
          <li key={s.id}>
            <StoryCard lng={lng} story={s} tc={tc} country={names.country} years={years} heading="h3" />
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <a href={`/${lng}/stories`} className="font-semibold underline">{t("latest.all")}</a>
      </p>
    </section>
  );
}
