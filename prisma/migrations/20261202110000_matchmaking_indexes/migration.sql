-- Matchmaking at scale (bench/matchmaking.ts, docs/MATCHMAKING.md "Suggestions").

-- Evidence for a need (src/modules/activities/server/suggest-activities.ts) reads completed
-- South-South and triangular activities newest first, filtering on IP areas and regions: this
-- index holds only those, so the scan skips planned, cancelled and North-South activities.
CREATE INDEX "activity_south_completed_start_idx" ON "activity" ("start_date" DESC, "id" DESC)
  WHERE "status" = 'completed' AND "modality" IN ('south_south', 'triangular');

-- Suggestions for a listing (src/modules/matchmaking/server/suggest-listings.ts) read open
-- listings of the other kind sharing an IP area or a title word: one index per kind, so the
-- matched listings and those of the listing's own kind are not read and thrown away.
CREATE INDEX "listing_open_offer_ip_areas_idx" ON "listing" USING GIN ("ip_areas") WHERE "status" IN ('published', 'in_discussion') AND "kind" = 'offer';
CREATE INDEX "listing_open_need_ip_areas_idx" ON "listing" USING GIN ("ip_areas") WHERE "status" IN ('published', 'in_discussion') AND "kind" = 'need';
CREATE INDEX "listing_open_offer_title_tokens_idx" ON "listing" USING GIN ("title_tokens") WHERE "status" IN ('published', 'in_discussion') AND "kind" = 'offer';
CREATE INDEX "listing_open_need_title_tokens_idx" ON "listing" USING GIN ("title_tokens") WHERE "status" IN ('published', 'in_discussion') AND "kind" = 'need';
