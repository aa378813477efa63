/**
 * Controlled lists of the success stories (docs/STORIES.md). Labels are in
 * locales/<lng>/stories.json; the database stores the codes (enums of migration
 * 20261202120000_questionnaire_stories).
 */

/** Where a story is in its life (state-machine.ts). Only `published` is public. */
export const STORY_STATUSES = ["draft", "in_review", "published", "archived"] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

/** How a story began: written from scratch, from a completed match, from an accepted questionnaire initiative. */
export const STORY_ORIGINS = ["scratch", "response", "match"] as const;
export type StoryOrigin = (typeof STORY_ORIGINS)[number];

/** Development-status filter over a story's countries (the `status` search parameter, as the roster's). */
export const STORY_DEV_STATUSES = ["ldc", "developing"] as const;
export type StoryDevStatus = (typeof STORY_DEV_STATUSES)[number];

/** Images: PNG, JPEG or WebP (checked by their bytes), at most 2 MB each, at most 10 per story. */
export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;
export const MAX_IMAGES = 10;

/** The Atom feed holds the newest published stories. */
export const FEED_SIZE = 50;

/** A period is a few years; longer spans are a typing error (and would flood the year facet). */
export const MAX_PERIOD_YEARS = 30;
