import "server-only";
export { searchConsultants } from "./search-consultants";
export { getConsultant } from "./get-consultant";
export { exportConsultants } from "./export-consultants";
export { RANK_LIMIT } from "./page-query";
// For the activities module (its modality rule, its import) and the CV route (docs/CONSULTANTS.md, "CV", "Assignments").
export { approvedConsultants, assignedNationalities, insertAssignments, type NewAssignment } from "./assigned";
export { authorizeCvRead, readCv, type CvReader } from "./read-cv";
// The workflow (docs/CONSULTANTS.md, "Workflow"): own profile, CV upload, review, nomination, reminders.
export { getOwnProfile, rosterDataOfUser } from "./own-profile";
export { saveOwnProfile, type SavedProfile } from "./save-own-profile";
export { confirmOwnProfile, withdrawOwnProfile } from "./own-profile-steps";
export { removeOwnCv, saveOwnCv } from "./own-cv";
export { getProfileForReview, listReviewQueue, type QueueItem } from "./review-queue";
export { decideReview } from "./decide-review";
export { acceptInvitation, nominateConsultant, peekInvitation, INVITATION_DAYS, type InvitationState } from "./nominate";
export { sendConfirmationReminders } from "./send-confirmation-reminders";
export { startReminderJob } from "./reminder-job";
export { rowToInput, type ProfileRow } from "./profile-row";
export { addAssignment, removeAssignment, rederiveActivitiesOfConsultants } from "./save-assignment";
export { activityAssignments, experiencedExperts, type ActivityAssignment, type ExperiencedExpert } from "./activity-experts";
export { sendMessage, consultantLocale, CONTACT_LIMITS } from "./send-message";
export { suggestConsultants, type ExpertCriteria, type ExpertSuggestion } from "./suggest-consultants";
