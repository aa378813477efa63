/** The sections in the header, in order; `key` is both the path and the label key (common:nav.*). */
export const NAV_SECTIONS = [
  { key: "southSouth", path: "/south-south" },
  { key: "activities", path: "/activities" },
  { key: "consultants", path: "/consultants" },
  { key: "matchmaking", path: "/matchmaking" },
  { key: "stories", path: "/stories" },
  { key: "questionnaire", path: "/questionnaire" },
] as const;

export type SectionKey = (typeof NAV_SECTIONS)[number]["key"] | "signIn";

export const SIGN_IN_PATH = "/sign-in";

/** Joins a locale and a path inside it: localHref("ar", "/activities?q=x") → "/ar/activities?q=x". */
export function localHref(lng: string, path: string): string {
  return `/${lng}${path === "/" ? "" : path}`;
}
