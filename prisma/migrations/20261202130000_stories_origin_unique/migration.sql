-- Success stories (docs/STORIES.md, "Origins"): at most one story per questionnaire initiative
-- and per match it was started from, so two people pressing "make a story" at once get one story
-- and a 409. Indexes only; no column changes.

CREATE UNIQUE INDEX "story_response_initiative_key" ON "story" ("response_id", "initiative_index") WHERE "response_id" IS NOT NULL;

CREATE UNIQUE INDEX "story_origin_match_key" ON "story" ("match_id") WHERE "match_id" IS NOT NULL AND "origin" = 'match';
