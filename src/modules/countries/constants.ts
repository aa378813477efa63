import { UN_MEMBER_STATES, UN_OBSERVER_STATES } from "./data/un-classification";

export const DEVELOPMENT_STATUSES = ["developed", "developing", "transition"] as const;
export type DevelopmentStatus = (typeof DEVELOPMENT_STATUSES)[number];

/** `status` filter values of the countries API: a development status, or LDC. */
export const COUNTRY_STATUS_FILTERS = ["ldc", ...DEVELOPMENT_STATUSES] as const;
export type CountryStatusFilter = (typeof COUNTRY_STATUS_FILTERS)[number];

/** Bump when the classification lists or the name source change: the seed re-applies. */
export const COUNTRY_DATA_VERSION = "2024-12-r1";

/** ISO alpha-2 codes of every UN member and observer state: what other modules' schemas accept as a country. */
export const COUNTRY_CODES = [...UN_MEMBER_STATES, ...UN_OBSERVER_STATES] as [string, ...string[]];
