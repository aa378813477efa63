/**
 * Controlled lists of IP-DMD matchmaking. Labels are in locales/<lng>/matchmaking.json; the
 * database stores the codes (enums of migration 20261202100000_matchmaking).
 */

/** A need is filed for a developing country or LDC (or an institution in one); an offer by a partner. */
export const LISTING_KINDS = ["need", "offer"] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

/** Where a listing is in its life (state-machine.ts). */
export const LISTING_STATUSES = ["draft", "submitted", "returned", "published", "rejected", "in_discussion", "matched", "closed", "withdrawn", "expired"] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

/** What anyone may see and search: a published listing and what it became while still open or matched. */
export const PUBLIC_LISTING_STATUSES = ["published", "in_discussion", "matched"] as const satisfies readonly ListingStatus[];

/** The three types of match. */
export const SUPPORT_TYPES = ["financial", "technical", "partnership"] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

/** The form the support takes. */
export const SUPPORT_FORMS = ["training", "expert_advice", "study_visit", "it_equipment", "funding", "legislative_assistance", "awareness_campaign"] as const;
export type SupportForm = (typeof SUPPORT_FORMS)[number];

/** Who files: the accounts' organisation types (an offer by an IP office, an IGO, a donor…). */
export const ORGANISATION_TYPES = ["ip_office", "igo", "ngo", "academia", "private_sector", "donor", "other"] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Development-status filter over a listing's countries. */
export const DEV_STATUS_FILTERS = ["ldc", "developing"] as const;
export type DevStatusFilter = (typeof DEV_STATUS_FILTERS)[number];

export const LISTING_SORTS = ["relevance", "newest", "deadline"] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

/** An interest waits for the owner's answer; the interested party's contact is shown only once accepted. */
export const INTEREST_STATUSES = ["pending", "accepted", "declined"] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];

export const MATCH_STATUSES = ["agreed", "in_progress", "completed", "did_not_proceed"] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** A party's part in a match: the beneficiary, a provider of the support, a funder. */
export const PARTY_ROLES = ["beneficiary", "provider", "funder"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** A listing with no activity for this long expires; its owner is reminded a month before. */
export const EXPIRE_AFTER_MONTHS = 12;
export const REMIND_BEFORE_EXPIRY_DAYS = 30;

/** Attachments: PDFs of at most 5 MB each (the CV store's rule), at most 5 per listing. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

/** Saved searches: how often the digest goes out. */
export const DIGEST_FREQUENCIES = ["daily", "weekly"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** How many suggestions a listing shows (and the rank a new listing must reach to notify a need's owner). */
export const SUGGESTION_LIMIT = 10;
export const NOTIFY_TOP = 5;
