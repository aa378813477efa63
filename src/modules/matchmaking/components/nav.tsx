import type { TFunction } from "i18next";

/**
 * The matchmaking pages' links. The same for every visitor (the search page is cached): the
 * filing pages send visitors to sign in first; only the secretariat's moderation link depends
 * on the reader, and no visitor sees it.
 */
export function MatchmakingNav({ lng, t, moderate }: { lng: string; t: TFunction; moderate: boolean }) {
  const links: [string, string][] = [
    [`/${lng}/matchmaking/new?kind=need`, t("nav.fileNeed")],
    [`/${lng}/matchmaking/new?kind=offer`, t("nav.fileOffer")],
    [`/${lng}/matchmaking/mine`, t("nav.mine")],
    [`/${lng}/matchmaking/matches`, t("nav.matches")],
    [`/${lng}/matchmaking/statistics`, t("nav.statistics")],
  ];
  if (moderate) links.push([`/${lng}/matchmaking/moderation`, t("nav.moderation")]);
  return (
    <nav aria-label={t("nav.label")} className="mt-3">
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {links.map(([href, label]) => (
          <li key={href}>
            <a href={href} className="font-semibold">{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
