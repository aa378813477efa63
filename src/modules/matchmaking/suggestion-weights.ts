import type { ActivityType } from "@/modules/activities/constants";
import type { SupportForm } from "./constants";

/**
 * How suggestions are ranked: the one place the weights live (docs/MATCHMAKING.md,
 * "Suggestions"). PostgreSQL computes every score from these numbers (server/suggest-*.ts and
 * the roster's and IP-TAD's candidate functions they pass them to); the order on a known data
 * set is pinned by tests/integration/matchmaking-suggestions.test.ts.
 *
 * A score is a sum of parts, each between 0 and its weight:
 * - ipArea: the share of the listing's IP areas the candidate shares (the strongest signal:
 *   a GI registry need wants GI offers);
 * - theme, supportType, form: any overlap of the portal theme, the type of match, the form;
 * - language: the candidate works in one of the listing's languages (a training in French
 *   needs a French-speaking trainer);
 * - region: the candidate's countries share an M49 sub-region (or intermediate region) with the
 *   listing's; sameRegion (the continent-level region) counts for less;
 * - south: the candidate's countries are developing countries or LDCs (the portal exists to
 *   bring South-South cooperation forward);
 * - text: how much of the two titles' distinctive words they share (cosine over word sets);
 * - experience (consultants): ln(1 + assignments on activities in the listing's IP areas);
 * - recency (activities): 1 for an activity that started this year, falling to 0 over ten years.
 */
export const SUGGESTION_WEIGHTS = {
  ipArea: 4,
  theme: 1,
  supportType: 1.5,
  form: 1,
  language: 1.5,
  subregion: 1.5,
  region: 0.75,
  south: 1,
  text: 3,
  experience: 1,
  recency: 1,
} as const;
export type SuggestionWeights = typeof SUGGESTION_WEIGHTS;

/** A candidate must reach this score to be suggested at all (an IP area and little else is not a suggestion). */
export const MIN_SCORE = 3;

/** The kinds of IP-TAD activity that show someone has given this form of support. */
export const FORM_ACTIVITY_TYPES: Record<SupportForm, readonly ActivityType[]> = {
  training: ["training_course", "national_seminar", "distance_learning", "regional_meeting"],
  expert_advice: ["expert_mission", "legislative_advice"],
  study_visit: ["study_visit", "fellowship"],
  it_equipment: ["it_modernisation"],
  funding: [],
  legislative_assistance: ["legislative_advice"],
  awareness_campaign: ["national_seminar", "conference"],
};
