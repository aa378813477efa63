import "server-only";
export { searchActivities, pickLocale, RANK_LIMIT } from "./search-activities";
