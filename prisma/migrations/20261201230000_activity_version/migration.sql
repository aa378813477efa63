-- Optimistic concurrency for people editing one activity at once: every replace increments it,
-- and a save based on an older version is refused (409) instead of silently overwriting.
ALTER TABLE "activity" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
