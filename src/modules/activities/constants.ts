export const ACTIVITY_TYPES = [
  "expert_mission",
  "national_seminar",
  "regional_meeting",
  "training_course",
  "study_visit",
  "distance_learning",
  "it_modernisation",
  "legislative_advice",
  "fellowship",
  "conference",
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const IP_AREAS = [
  "patents",
  "utility_models",
  "trademarks",
  "geographical_indications",
  "industrial_designs",
  "copyright",
  "enforcement",
  "ip_strategy",
  "ip_competition",
  "traditional_knowledge",
  "technology_transfer",
  "ip_management",
] as const;
export type IpArea = (typeof IP_AREAS)[number];

export const ACTIVITY_STATUSES = ["planned", "completed", "cancelled"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const FUNDING_TYPES = ["regular_budget", "funds_in_trust", "partner"] as const;
export type FundingType = (typeof FUNDING_TYPES)[number];

export const MODALITIES = ["south-south", "triangular", "north-south"] as const;
export type Modality = (typeof MODALITIES)[number];
