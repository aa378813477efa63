-- The roster of consultants (ROC): profiles, their nationalities, languages, CV and assignments
-- to IP-TAD activities (docs/CONSULTANTS.md).

-- CreateEnum
CREATE TYPE "ConsultantStatus" AS ENUM ('draft', 'submitted', 'returned', 'approved', 'rejected', 'withdrawn');
CREATE TYPE "ConsultantSkill" AS ENUM ('patent_examination', 'trademark_examination', 'design_examination', 'ip_office_administration', 'ip_office_automation', 'ip_law_drafting', 'enforcement_training', 'border_measures', 'gi_branding_communities', 'ip_valuation', 'technology_transfer_offices', 'patent_information', 'copyright_collective_management', 'traditional_knowledge', 'ip_teaching', 'ip_strategy_development', 'licensing', 'ip_for_smes', 'patent_drafting', 'ip_dispute_resolution', 'plant_variety_protection', 'ip_public_health', 'copyright_policy', 'ip_awareness');
CREATE TYPE "ConsultantSector" AS ENUM ('agriculture_food', 'health_pharmaceuticals', 'ict_software', 'creative_industries', 'manufacturing', 'energy_environment', 'education_research', 'handicrafts_tourism', 'biotechnology', 'public_administration');
CREATE TYPE "ConsultantGender" AS ENUM ('female', 'male', 'other');
CREATE TYPE "ConsultantAvailability" AS ENUM ('available', 'limited', 'unavailable');
CREATE TYPE "LanguageLevel" AS ENUM ('working', 'fluent', 'native');
CREATE TYPE "AssignmentRole" AS ENUM ('expert', 'trainer', 'speaker', 'evaluator');

-- CreateTable
CREATE TABLE "consultant" (
    "id" UUID NOT NULL,
    "external_ref" TEXT,
    "user_id" UUID,
    "status" "ConsultantStatus" NOT NULL DEFAULT 'draft',
    "full_name" TEXT NOT NULL,
    "latin_name" TEXT,
    "residence_country" CHAR(2) NOT NULL,
    "gender" "ConsultantGender",
    "organisation" TEXT NOT NULL DEFAULT '',
    "position" TEXT NOT NULL DEFAULT '',
    "photo" BYTEA,
    "photo_mime" TEXT,
    "ip_areas" "IpArea"[] NOT NULL DEFAULT '{}',
    "skills" "ConsultantSkill"[] NOT NULL DEFAULT '{}',
    "sectors" "ConsultantSector"[] NOT NULL DEFAULT '{}',
    "years_experience" SMALLINT NOT NULL DEFAULT 0,
    "bio" JSONB NOT NULL DEFAULT '{}',
    "bio_locales" TEXT[] NOT NULL DEFAULT '{}',
    "availability" "ConsultantAvailability" NOT NULL DEFAULT 'available',
    "unavailable_until" DATE,
    "travel" BOOLEAN NOT NULL DEFAULT true,
    "remote" BOOLEAN NOT NULL DEFAULT true,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "last_confirmed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    -- Derived by the writer from the children and the country classification (never typed).
    "nationalities" TEXT[] NOT NULL DEFAULT '{}',
    "nationality_regions" TEXT[] NOT NULL DEFAULT '{}',
    "nationality_statuses" TEXT[] NOT NULL DEFAULT '{}',
    "languages" TEXT[] NOT NULL DEFAULT '{}',
    "search_vector" tsvector,
    -- Derived by the triggers below from the assignments and their activities.
    "assignment_count" INTEGER NOT NULL DEFAULT 0,
    "south_south_count" INTEGER NOT NULL DEFAULT 0,
    "served_countries" TEXT[] NOT NULL DEFAULT '{}',
    "served_regions" TEXT[] NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consultant_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "consultant_skills_max" CHECK (cardinality("skills") <= 15),
    CONSTRAINT "consultant_years_experience_range" CHECK ("years_experience" BETWEEN 0 AND 80),
    CONSTRAINT "consultant_photo_with_type" CHECK (("photo" IS NULL) = ("photo_mime" IS NULL)),
    CONSTRAINT "consultant_photo_size" CHECK ("photo" IS NULL OR octet_length("photo") <= 1048576),
    CONSTRAINT "consultant_until_only_unavailable" CHECK ("unavailable_until" IS NULL OR "availability" = 'unavailable'),
    -- An approved profile names at least one nationality (the writer keeps the array and the rows alike).
    CONSTRAINT "consultant_approved_has_nationality" CHECK ("status" <> 'approved' OR cardinality("nationalities") >= 1)
);

CREATE TABLE "consultant_nationality" (
    "consultant_id" UUID NOT NULL,
    "country_code" CHAR(2) NOT NULL,

    CONSTRAINT "consultant_nationality_pkey" PRIMARY KEY ("consultant_id", "country_code")
);

CREATE TABLE "consultant_language" (
    "consultant_id" UUID NOT NULL,
    "code" VARCHAR(3) NOT NULL,
    "level" "LanguageLevel" NOT NULL,

    CONSTRAINT "consultant_language_pkey" PRIMARY KEY ("consultant_id", "code"),
    CONSTRAINT "consultant_language_code" CHECK ("code" ~ '^[a-z]{2,3}$')
);

CREATE TABLE "consultant_cv" (
    "consultant_id" UUID NOT NULL,
    "bytes" BYTEA NOT NULL,
    "filename" TEXT NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consultant_cv_pkey" PRIMARY KEY ("consultant_id"),
    CONSTRAINT "consultant_cv_size" CHECK (octet_length("bytes") <= 5242880)
);

CREATE TABLE "consultant_assignment" (
    "id" UUID NOT NULL,
    "consultant_id" UUID NOT NULL,
    "activity_id" UUID NOT NULL,
    "role" "AssignmentRole" NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consultant_assignment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "consultant_assignment_dates" CHECK ("ends_on" >= "starts_on")
);

-- CreateIndex
CREATE UNIQUE INDEX "consultant_external_ref_key" ON "consultant"("external_ref");
CREATE UNIQUE INDEX "consultant_user_id_key" ON "consultant"("user_id");
CREATE INDEX "consultant_status_idx" ON "consultant"("status");
CREATE INDEX "consultant_nationality_country_code_idx" ON "consultant_nationality"("country_code");
CREATE INDEX "consultant_language_code_idx" ON "consultant_language"("code");
CREATE INDEX "consultant_assignment_activity_id_idx" ON "consultant_assignment"("activity_id");
CREATE UNIQUE INDEX "consultant_assignment_consultant_id_activity_id_role_key" ON "consultant_assignment"("consultant_id", "activity_id", "role");

-- AddForeignKey
ALTER TABLE "consultant" ADD CONSTRAINT "consultant_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "consultant_nationality" ADD CONSTRAINT "consultant_nationality_consultant_id_fkey" FOREIGN KEY ("consultant_id") REFERENCES "consultant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "consultant_language" ADD CONSTRAINT "consultant_language_consultant_id_fkey" FOREIGN KEY ("consultant_id") REFERENCES "consultant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "consultant_cv" ADD CONSTRAINT "consultant_cv_consultant_id_fkey" FOREIGN KEY ("consultant_id") REFERENCES "consultant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "consultant_assignment" ADD CONSTRAINT "consultant_assignment_consultant_id_fkey" FOREIGN KEY ("consultant_id") REFERENCES "consultant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "consultant_assignment" ADD CONSTRAINT "consultant_assignment_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Search (src/modules/consultants/server/resolve-query.ts). Only approved profiles are ever
-- searched, so every search index is partial on that status: the planner uses them because
-- the search writes `status = 'approved'` as a literal.
-- Full text over names (as written and transliterated), organisation, position, skills (their
-- labels in every locale) and the bio in every locale; tokens made by the app as for activities.
CREATE INDEX "consultant_search_vector_idx" ON "consultant" USING GIN ("search_vector") WHERE "status" = 'approved';
ALTER TABLE "consultant" ALTER COLUMN "search_vector" SET STATISTICS 1000;
CREATE INDEX "consultant_ip_areas_idx" ON "consultant" USING GIN ("ip_areas") WHERE "status" = 'approved';
CREATE INDEX "consultant_skills_idx" ON "consultant" USING GIN ("skills") WHERE "status" = 'approved';
CREATE INDEX "consultant_languages_idx" ON "consultant" USING GIN ("languages") WHERE "status" = 'approved';
CREATE INDEX "consultant_nationalities_idx" ON "consultant" USING GIN ("nationalities") WHERE "status" = 'approved';
CREATE INDEX "consultant_nationality_regions_idx" ON "consultant" USING GIN ("nationality_regions") WHERE "status" = 'approved';
CREATE INDEX "consultant_nationality_statuses_idx" ON "consultant" USING GIN ("nationality_statuses") WHERE "status" = 'approved';
CREATE INDEX "consultant_served_countries_idx" ON "consultant" USING GIN ("served_countries") WHERE "status" = 'approved';
CREATE INDEX "consultant_served_regions_idx" ON "consultant" USING GIN ("served_regions") WHERE "status" = 'approved';
-- The two keyset orders (most assignments; most recently confirmed, which also bounds "not stale").
CREATE INDEX "consultant_assignments_order_idx" ON "consultant" ("assignment_count" DESC, "id" DESC) WHERE "status" = 'approved';
CREATE INDEX "consultant_confirmed_order_idx" ON "consultant" ("last_confirmed_at" DESC, "id" DESC) WHERE "status" = 'approved';

-- Counts of large result sets are estimated on a fixed sample (docs/CONSULTANTS.md, "Counts"):
-- the profiles whose id falls in 1/8 or 1/64 of the range, the same rows every time.
CREATE FUNCTION consultant_sample_bucket(id uuid) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT get_byte(uuid_send(id), 15) % 64
$$;
CREATE INDEX "consultant_sample_bucket_idx" ON "consultant" (consultant_sample_bucket("id")) WHERE "status" = 'approved';

-- Availability as the search sees it: "unavailable until" a day that has passed is available again.
CREATE FUNCTION consultant_effective_availability(a "ConsultantAvailability", until date) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN a = 'unavailable' AND until IS NOT NULL AND until < current_date THEN 'available' ELSE a::text END
$$;

-- Each profile's assignments, South-South assignments and the countries and regions it served,
-- kept on the profile so that filters, facets and the "most assignments" order read one row.
-- Assignments to cancelled activities do not count. South-South: the activity's modality is
-- South-South or triangular (South-South supported by a developed country or an IGO).
CREATE FUNCTION consultant_refresh_service(ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  WITH base AS (
    SELECT a.consultant_id AS id, ac.modality, ac.beneficiary_countries, ac.beneficiary_regions
    FROM consultant_assignment a JOIN activity ac ON ac.id = a.activity_id
    WHERE a.consultant_id = ANY(ids) AND ac.status <> 'cancelled'
  ), counts AS (
    SELECT id, count(*)::int AS n, count(*) FILTER (WHERE modality IN ('south_south', 'triangular'))::int AS ss FROM base GROUP BY id
  ), countries AS (
    SELECT id, array_agg(DISTINCT c ORDER BY c) AS countries FROM base, unnest(beneficiary_countries) AS c GROUP BY id
  ), regions AS (
    SELECT id, array_agg(DISTINCT r ORDER BY r) AS regions FROM base, unnest(beneficiary_regions) AS r GROUP BY id
  ), wanted AS (
    SELECT x.id, coalesce(n.n, 0) AS n, coalesce(n.ss, 0) AS ss,
           coalesce(c.countries, '{}'::text[]) AS countries, coalesce(r.regions, '{}'::text[]) AS regions
    FROM (SELECT DISTINCT unnest(ids) AS id) x
    LEFT JOIN counts n ON n.id = x.id LEFT JOIN countries c ON c.id = x.id LEFT JOIN regions r ON r.id = x.id
  )
  UPDATE consultant k
  SET assignment_count = w.n, south_south_count = w.ss, served_countries = w.countries, served_regions = w.regions
  FROM wanted w
  WHERE k.id = w.id
    AND (k.assignment_count, k.south_south_count, k.served_countries, k.served_regions) IS DISTINCT FROM (w.n, w.ss, w.countries, w.regions)
$$;

-- Transition tables are visible only in the trigger function itself: one function per event.
CREATE FUNCTION consultant_assignment_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM consultant_refresh_service(ARRAY(SELECT DISTINCT consultant_id FROM new_rows));
  RETURN NULL;
END $$;

CREATE FUNCTION consultant_assignment_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM consultant_refresh_service(ARRAY(SELECT DISTINCT consultant_id FROM old_rows));
  RETURN NULL;
END $$;

CREATE FUNCTION consultant_assignment_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM consultant_refresh_service(ARRAY(SELECT consultant_id FROM new_rows UNION SELECT consultant_id FROM old_rows));
  RETURN NULL;
END $$;

CREATE FUNCTION consultant_assignment_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE consultant SET assignment_count = 0, south_south_count = 0, served_countries = '{}', served_regions = '{}'
  WHERE assignment_count <> 0 OR cardinality(served_countries) > 0 OR cardinality(served_regions) > 0;
  RETURN NULL;
END $$;

CREATE TRIGGER consultant_assignment_after_insert AFTER INSERT ON "consultant_assignment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION consultant_assignment_inserted();
CREATE TRIGGER consultant_assignment_after_delete AFTER DELETE ON "consultant_assignment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION consultant_assignment_deleted();
CREATE TRIGGER consultant_assignment_after_update AFTER UPDATE ON "consultant_assignment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION consultant_assignment_updated();
CREATE TRIGGER consultant_assignment_after_truncate AFTER TRUNCATE ON "consultant_assignment"
  FOR EACH STATEMENT EXECUTE FUNCTION consultant_assignment_truncated();

-- An activity whose beneficiaries, modality or status change changes what its consultants served.
-- (Deleting an activity deletes its assignments, which the triggers above see.)
CREATE FUNCTION consultant_service_activity_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM consultant_assignment) THEN
    RETURN NULL;
  END IF;
  PERFORM consultant_refresh_service(ARRAY(
    SELECT DISTINCT a.consultant_id FROM consultant_assignment a WHERE a.activity_id IN (SELECT id FROM new_rows)));
  RETURN NULL;
END $$;

CREATE TRIGGER consultant_service_after_activity_update AFTER UPDATE ON "activity"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION consultant_service_activity_updated();

-- The anonymous page cache drops its copies when what public pages show changes
-- (migration 20261202070000_public_content_changes). The CV is never on a public page.
CREATE TRIGGER consultant_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "consultant"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER consultant_nationality_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "consultant_nationality"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER consultant_language_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "consultant_language"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER consultant_assignment_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "consultant_assignment"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
