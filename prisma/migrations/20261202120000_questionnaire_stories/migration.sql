-- The member-state questionnaire (versions, rounds, responses, revisions, reminders;
-- docs/QUESTIONNAIRE.md) and the success stories it feeds (docs/STORIES.md).

-- CreateEnum
CREATE TYPE "ResponseStatus" AS ENUM ('draft', 'submitted', 'returned', 'accepted');

-- CreateEnum
CREATE TYPE "StoryStatus" AS ENUM ('draft', 'in_review', 'published', 'archived');

-- CreateEnum
CREATE TYPE "StoryOrigin" AS ENUM ('scratch', 'response', 'match');

-- CreateTable
CREATE TABLE "questionnaire_version" (
    "id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "questionnaire_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questionnaire_round" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "version_id" UUID NOT NULL,
    "opens_on" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "questionnaire_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questionnaire_response" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "country" CHAR(2) NOT NULL,
    "status" "ResponseStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "reference" TEXT,
    "review_comment" TEXT,
    "submitted_at" TIMESTAMPTZ(3),
    "accepted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by" UUID,

    CONSTRAINT "questionnaire_response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questionnaire_revision" (
    "id" BIGSERIAL NOT NULL,
    "response_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "user_id" UUID,
    "user_name" TEXT NOT NULL DEFAULT '',
    "fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "answers" JSONB NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "questionnaire_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questionnaire_reminder" (
    "id" BIGSERIAL NOT NULL,
    "round_id" UUID NOT NULL,
    "country" CHAR(2) NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_by" UUID,

    CONSTRAINT "questionnaire_reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "story" (
    "id" UUID NOT NULL,
    "status" "StoryStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "origin" "StoryOrigin" NOT NULL DEFAULT 'scratch',
    "source_locale" TEXT NOT NULL,
    "complete_locales" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "title" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "body" JSONB NOT NULL,
    "results" JSONB NOT NULL DEFAULT '{}',
    "themes" "Theme"[] DEFAULT ARRAY[]::"Theme"[],
    "ip_areas" "IpArea"[] DEFAULT ARRAY[]::"IpArea"[],
    "countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "partner_countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "partners" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "igo_support" BOOLEAN NOT NULL DEFAULT false,
    "donor_country" CHAR(2),
    "modality" "Modality" NOT NULL,
    "place_regions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "place_statuses" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "period_start" INTEGER,
    "period_end" INTEGER,
    "search_vector" tsvector,
    "response_id" UUID,
    "initiative_index" INTEGER,
    "match_id" UUID,
    "published_at" TIMESTAMPTZ(3),
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "story_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "story_image" (
    "id" UUID NOT NULL,
    "story_id" UUID NOT NULL,
    "bytes" BYTEA NOT NULL,
    "mime_type" TEXT NOT NULL,
    "alt" JSONB NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "story_image_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "story_activity" (
    "story_id" UUID NOT NULL,
    "activity_id" UUID NOT NULL,

    CONSTRAINT "story_activity_pkey" PRIMARY KEY ("story_id","activity_id")
);

-- CreateTable
CREATE TABLE "story_match" (
    "story_id" UUID NOT NULL,
    "match_id" UUID NOT NULL,

    CONSTRAINT "story_match_pkey" PRIMARY KEY ("story_id","match_id")
);

-- CreateTable
CREATE TABLE "story_consultant" (
    "story_id" UUID NOT NULL,
    "consultant_id" UUID NOT NULL,

    CONSTRAINT "story_consultant_pkey" PRIMARY KEY ("story_id","consultant_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_version_number_key" ON "questionnaire_version"("number");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_round_name_key" ON "questionnaire_round"("name");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_response_reference_key" ON "questionnaire_response"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_response_round_id_country_key" ON "questionnaire_response"("round_id", "country");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_revision_response_id_version_key" ON "questionnaire_revision"("response_id", "version");

-- CreateIndex
CREATE INDEX "questionnaire_reminder_round_id_country_sent_at_idx" ON "questionnaire_reminder"("round_id", "country", "sent_at");

-- CreateIndex
CREATE INDEX "story_status_published_at_idx" ON "story"("status", "published_at");

-- CreateIndex
CREATE INDEX "story_image_story_id_idx" ON "story_image"("story_id");

-- AddForeignKey
ALTER TABLE "questionnaire_round" ADD CONSTRAINT "questionnaire_round_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "questionnaire_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_response" ADD CONSTRAINT "questionnaire_response_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "questionnaire_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_revision" ADD CONSTRAINT "questionnaire_revision_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "questionnaire_response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_reminder" ADD CONSTRAINT "questionnaire_reminder_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "questionnaire_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story" ADD CONSTRAINT "story_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "questionnaire_response"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story" ADD CONSTRAINT "story_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_image" ADD CONSTRAINT "story_image_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_activity" ADD CONSTRAINT "story_activity_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_activity" ADD CONSTRAINT "story_activity_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_match" ADD CONSTRAINT "story_match_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_match" ADD CONSTRAINT "story_match_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_consultant" ADD CONSTRAINT "story_consultant_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_consultant" ADD CONSTRAINT "story_consultant_consultant_id_fkey" FOREIGN KEY ("consultant_id") REFERENCES "consultant"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A response's answers are an object; a story's texts are maps per locale.
ALTER TABLE "questionnaire_response" ADD CONSTRAINT "questionnaire_response_answers_object" CHECK (jsonb_typeof("answers") = 'object');
ALTER TABLE "questionnaire_round" ADD CONSTRAINT "questionnaire_round_dates" CHECK ("opens_on" <= "deadline");
ALTER TABLE "story" ADD CONSTRAINT "story_texts_objects" CHECK (jsonb_typeof("title") = 'object' AND jsonb_typeof("summary") = 'object' AND jsonb_typeof("body") = 'object');
ALTER TABLE "story" ADD CONSTRAINT "story_period_order" CHECK ("period_start" IS NULL OR "period_end" IS NULL OR "period_start" <= "period_end");
ALTER TABLE "story" ADD CONSTRAINT "story_initiative_source" CHECK (("response_id" IS NULL) = ("initiative_index" IS NULL) OR "response_id" IS NULL);

CREATE INDEX "story_search_vector_idx" ON "story" USING GIN ("search_vector") WHERE "status" = 'published';
CREATE INDEX "story_response_idx" ON "story" ("response_id") WHERE "response_id" IS NOT NULL;
CREATE INDEX "story_match_idx" ON "story" ("match_id") WHERE "match_id" IS NOT NULL;
CREATE INDEX "story_activity_activity_idx" ON "story_activity" ("activity_id");
CREATE INDEX "story_consultant_consultant_idx" ON "story_consultant" ("consultant_id");

-- Stories feed public pages (the stories search, story pages, the home page).
CREATE TRIGGER story_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "story"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER story_image_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "story_image"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER story_activity_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "story_activity"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER story_match_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "story_match"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER story_consultant_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "story_consultant"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
