import "server-only";
export { searchConsultants } from "./search-consultants";
export { getConsultant } from "./get-consultant";
export { exportConsultants } from "./export-consultants";
export { RANK_LIMIT } from "./page-query";
