import type { IpArea } from "@/modules/activities/constants";

/**
 * The five South-South themes of the portal (its thematic pages, the matchmaking listings'
 * theme, later the stories). Their labels are in locales/<lng>/common.json (`themes.*`).
 */
export const THEMES = ["ip_strategy_competition", "patents", "trademarks_gis", "industrial_designs", "enforcement"] as const;
export type Theme = (typeof THEMES)[number];

/** The IP areas each theme covers: a theme page's live sections, and suggestions, filter on these. */
export const THEME_IP_AREAS: Record<Theme, readonly IpArea[]> = {
  ip_strategy_competition: ["ip_strategy", "ip_competition", "ip_management", "technology_transfer"],
  patents: ["patents", "utility_models", "technology_transfer"],
  trademarks_gis: ["trademarks", "geographical_indications"],
  industrial_designs: ["industrial_designs"],
  enforcement: ["enforcement"],
};

/** What a content record is (docs/CONTENT.md, "The record"). */
export const CONTENT_KINDS = ["page", "milestone", "event", "document"] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/**
 * How a page is laid out around its Markdown body: `overview` is the section's front page
 * (/[lng]/south-south), `timeline` adds the history milestones, `theme` adds the live
 * sections drawn from the other modules (activities, stories, experts, needs and offers, events).
 */
export const PAGE_TEMPLATES = ["standard", "overview", "timeline", "theme"] as const;
export type PageTemplate = (typeof PAGE_TEMPLATES)[number];

export const DOCUMENT_TYPES = ["project_document", "report", "evaluation", "resolution", "outcome_document", "study", "presentation", "programme", "guide"] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const CONTENT_STATUSES = ["draft", "published"] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

/** A document's file: PDF only, checked by its bytes (src/lib/pdf-check.ts), at most this size. */
export const DOCUMENT_FILE_MAX_BYTES = 10 * 1024 * 1024;
