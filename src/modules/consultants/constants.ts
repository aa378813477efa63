/**
 * Controlled lists of the roster (ROC). Their labels are in locales/<lng>/consultants.json;
 * the database stores the codes (enums of migration 20261202080000_consultants).
 */

/** Where a profile is in its life: only `approved` profiles are searchable and public. */
export const CONSULTANT_STATUSES = ["draft", "submitted", "returned", "approved", "rejected", "withdrawn"] as const;
export type ConsultantStatus = (typeof CONSULTANT_STATUSES)[number];

/** IP services a consultant offers; a profile lists at most MAX_SKILLS of them. */
export const SKILLS = [
  "patent_examination",
  "trademark_examination",
  "design_examination",
  "ip_office_administration",
  "ip_office_automation",
  "ip_law_drafting",
  "enforcement_training",
  "border_measures",
  "gi_branding_communities",
  "ip_valuation",
  "technology_transfer_offices",
  "patent_information",
  "copyright_collective_management",
  "traditional_knowledge",
  "ip_teaching",
  "ip_strategy_development",
  "licensing",
  "ip_for_smes",
  "patent_drafting",
  "ip_dispute_resolution",
  "plant_variety_protection",
  "ip_public_health",
  "copyright_policy",
  "ip_awareness",
] as const;
export type Skill = (typeof SKILLS)[number];
export const MAX_SKILLS = 15;

/** Economic sectors a consultant has worked with. */
export const SECTORS = [
  "agriculture_food",
  "health_pharmaceuticals",
  "ict_software",
  "creative_industries",
  "manufacturing",
  "energy_environment",
  "education_research",
  "handicrafts_tourism",
  "biotechnology",
  "public_administration",
] as const;
export type Sector = (typeof SECTORS)[number];

export const LANGUAGE_LEVELS = ["working", "fluent", "native"] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** `unavailable` may carry a date: after it the profile counts as available again. */
export const AVAILABILITIES = ["available", "limited", "unavailable"] as const;
export type Availability = (typeof AVAILABILITIES)[number];

export const ASSIGNMENT_ROLES = ["expert", "trainer", "speaker", "evaluator"] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/** Optional; for aggregated balance statistics only, never a public filter or field. */
export const GENDERS = ["female", "male", "other"] as const;
export type Gender = (typeof GENDERS)[number];

/** Development-status filter of the nationality: the two kinds of country the roster promotes. */
export const NATIONALITY_STATUS_FILTERS = ["ldc", "developing"] as const;
export type NationalityStatusFilter = (typeof NATIONALITY_STATUS_FILTERS)[number];

export const CONSULTANT_SORTS = ["relevance", "assignments", "confirmed"] as const;
export type ConsultantSort = (typeof CONSULTANT_SORTS)[number];

/** A consultant confirms the profile at least every 12 months; a reminder goes out after 11. */
export const REMIND_AFTER_MONTHS = 11;
/** Not confirmed for this long: out of the default search (still reachable, marked). */
export const STALE_AFTER_MONTHS = 24;

/** The CV: one PDF of at most 5 MB. */
export const CV_MAX_BYTES = 5 * 1024 * 1024;
/** A profile photo: at most 1 MB of JPEG, PNG or WebP. */
export const PHOTO_MAX_BYTES = 1024 * 1024;
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
