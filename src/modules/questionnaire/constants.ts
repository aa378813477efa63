/** The kinds of question a questionnaire definition may hold (docs/QUESTIONNAIRE.md, "Definitions"). */
export const QUESTION_TYPES = [
  "short_text",
  "long_text",
  "number",
  "date",
  "single_choice",
  "multiple_choice",
  "countries",
  "ip_areas",
  "themes",
  "yes_no",
  "group",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A response's states; "not_started" is a country with no response row yet. */
export const RESPONSE_STATUSES = ["draft", "submitted", "returned", "accepted"] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];
export type ResponseProgress = ResponseStatus | "not_started";

/** Text limits applied when a definition gives none. */
export const SHORT_TEXT_MAX = 300;
export const LONG_TEXT_MAX = 8000;
/** How many items a repeatable group may hold when its definition gives no maximum. */
export const GROUP_MAX_ITEMS = 30;
/** The least time between two reminders to one country for one round. */
export const REMINDER_INTERVAL_DAYS = 7;
