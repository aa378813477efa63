import "server-only";
export { searchActivities, searchVersionTag } from "./search-activities";
export { RANK_LIMIT } from "./page-query";
export { getActivity, relatedActivities, type ActivityDetail } from "./get-activity";
export { exportActivities } from "./export-activities";
export { activityStatistics, type ActivityStatistics } from "./statistics";
export { createActivity, deleteActivity, updateActivity } from "./save-activity";
export { importActivities, readImportFile, type ImportReport } from "./import-activities";
export { streamImport } from "./stream-import";
export { importTemplateCsv } from "./import-template";
// For the roster (assignments change an activity's modality): take the activity writers' turn, then re-derive.
export { rederiveActivities, takeWritersTurn } from "./save-activity";
export { suggestActivities, type EvidenceCriteria, type EvidenceSuggestion } from "./suggest-activities";
export { modalityOf, type CountryStatus, type ModalityInput } from "../modality";
