import type { IpArea } from "@/modules/activities/constants";

/**
 * The five South-South themes of the portal (its thematic pages, the matchmaking listings'
 * theme, later the stories). Their labels are in locales/<lng>/common.json (`themes.*`).
 */
export const THEMES = ["ip_strategy_competition", "patents", "trademarks_gis", "industrial_designs", "enforcement"] as const;
export type Theme = (typeof THEMES)[number];

/** The IP areas each theme covers: a theme page's live sections, and suggestions, filter on these. */
export const THEME_IP_AREAS: Record<Theme, readonly IpArea[]> = {
  ip_strategy_competition: ["ip_strategy", "ip_competition", "ip_management", "technology_transfer"],
  patents: ["patents", "utility_models", "technology_transfer"],
  trademarks_gis: ["trademarks", "geographical_indications"],
  industrial_designs: ["industrial_designs"],
  enforcement: ["enforcement"],
};
