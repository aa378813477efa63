import "server-only";
export { searchActivities, pickLocale } from "./search-activities";
export { RANK_LIMIT } from "./page-query";
export { getActivity, relatedActivities, type ActivityDetail } from "./get-activity";
export { exportActivities } from "./export-activities";
export { activityStatistics, type ActivityStatistics } from "./statistics";
export { createActivity, deleteActivity, updateActivity } from "./save-activity";
export { importActivities, readImportFile, type ImportReport } from "./import-activities";
export { streamImport } from "./stream-import";
