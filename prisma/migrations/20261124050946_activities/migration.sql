-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('expert_mission', 'national_seminar', 'regional_meeting', 'training_course', 'study_visit', 'distance_learning', 'it_modernisation', 'legislative_advice', 'fellowship', 'conference');

-- CreateEnum
CREATE TYPE "IpArea" AS ENUM ('patents', 'utility_models', 'trademarks', 'geographical_indications', 'industrial_designs', 'copyright', 'enforcement', 'ip_strategy', 'ip_competition', 'traditional_knowledge', 'technology_transfer', 'ip_management');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('planned', 'completed', 'cancelled');

-- CreateEnum
CREATE TYPE "FundingType" AS ENUM ('regular_budget', 'funds_in_trust', 'partner');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('south_south', 'triangular', 'north_south');

-- CreateTable
CREATE TABLE "activity" (
    "id" UUID NOT NULL,
    "external_ref" TEXT,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "content_locales" TEXT[],
    "type" "ActivityType" NOT NULL,
    "ip_areas" "IpArea"[],
    "organising_unit" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "year" SMALLINT NOT NULL,
    "venue_city" TEXT,
    "venue_country" CHAR(2),
    "online" BOOLEAN NOT NULL DEFAULT false,
    "beneficiary_countries" TEXT[],
    "beneficiary_regions" TEXT[],
    "beneficiary_statuses" TEXT[],
    "total_participants" INTEGER NOT NULL DEFAULT 0,
    "languages" TEXT[],
    "funding_type" "FundingType" NOT NULL,
    "funding_donor" CHAR(2),
    "funding_partner" TEXT,
    "partners" TEXT[],
    "igo_support" BOOLEAN NOT NULL DEFAULT false,
    "modality" "Modality" NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "links" JSONB NOT NULL DEFAULT '[]',
    "search_vector" tsvector,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_beneficiary" (
    "activity_id" UUID NOT NULL,
    "country" CHAR(2) NOT NULL,
    "participants" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "activity_beneficiary_pkey" PRIMARY KEY ("activity_id","country")
);

-- CreateTable
CREATE TABLE "activity_expert" (
    "id" UUID NOT NULL,
    "activity_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "country" CHAR(2),
    "consultant_id" UUID,

    CONSTRAINT "activity_expert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "activity_external_ref_key" ON "activity"("external_ref");

-- CreateIndex
CREATE INDEX "activity_start_date_id_idx" ON "activity"("start_date" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "activity_type_idx" ON "activity"("type");

-- CreateIndex
CREATE INDEX "activity_year_idx" ON "activity"("year");

-- CreateIndex
CREATE INDEX "activity_modality_idx" ON "activity"("modality");

-- CreateIndex
CREATE INDEX "activity_funding_type_idx" ON "activity"("funding_type");

-- CreateIndex
CREATE INDEX "activity_beneficiary_countries_idx" ON "activity" USING GIN ("beneficiary_countries");

-- CreateIndex
CREATE INDEX "activity_beneficiary_regions_idx" ON "activity" USING GIN ("beneficiary_regions");

-- CreateIndex
CREATE INDEX "activity_beneficiary_statuses_idx" ON "activity" USING GIN ("beneficiary_statuses");

-- CreateIndex
CREATE INDEX "activity_ip_areas_idx" ON "activity" USING GIN ("ip_areas");

-- CreateIndex
CREATE INDEX "activity_languages_idx" ON "activity" USING GIN ("languages");

-- CreateIndex
CREATE INDEX "activity_beneficiary_country_idx" ON "activity_beneficiary"("country");

-- CreateIndex
CREATE INDEX "activity_expert_activity_id_idx" ON "activity_expert"("activity_id");

-- AddForeignKey
ALTER TABLE "activity_beneficiary" ADD CONSTRAINT "activity_beneficiary_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_expert" ADD CONSTRAINT "activity_expert_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search over titles and descriptions in every locale (tokens made by the app).
CREATE INDEX "activity_search_vector_idx" ON "activity" USING GIN ("search_vector");

-- Facet counts need a version to cache against: bumped by every write to the table.
CREATE TABLE "activity_data_version" ("id" SMALLINT PRIMARY KEY DEFAULT 1 CHECK ("id" = 1), "version" BIGINT NOT NULL DEFAULT 0);
INSERT INTO "activity_data_version" ("id", "version") VALUES (1, 0);

CREATE FUNCTION bump_activity_data_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "activity_data_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER activity_data_version_bump
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "activity"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_activity_data_version();
