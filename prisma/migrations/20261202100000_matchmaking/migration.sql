-- IP-DMD matchmaking: needs and offers (listings), their attachments, interests, matches and
-- their parties, saved searches (docs/MATCHMAKING.md).

CREATE TYPE "ListingKind" AS ENUM ('need', 'offer');
CREATE TYPE "ListingStatus" AS ENUM ('draft', 'submitted', 'returned', 'published', 'rejected', 'in_discussion', 'matched', 'closed', 'withdrawn', 'expired');
CREATE TYPE "SupportType" AS ENUM ('financial', 'technical', 'partnership');
CREATE TYPE "SupportForm" AS ENUM ('training', 'expert_advice', 'study_visit', 'it_equipment', 'funding', 'legislative_assistance', 'awareness_campaign');
CREATE TYPE "Theme" AS ENUM ('ip_strategy_competition', 'patents', 'trademarks_gis', 'industrial_designs', 'enforcement');
CREATE TYPE "InterestStatus" AS ENUM ('pending', 'accepted', 'declined');
CREATE TYPE "MatchStatus" AS ENUM ('agreed', 'in_progress', 'completed', 'did_not_proceed');
CREATE TYPE "PartyRole" AS ENUM ('beneficiary', 'provider', 'funder');
CREATE TYPE "DigestFrequency" AS ENUM ('daily', 'weekly');

CREATE TABLE "listing" (
    "id" UUID NOT NULL,
    "external_ref" TEXT,
    "kind" "ListingKind" NOT NULL,
    "status" "ListingStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "owner_id" UUID,
    "owner_country" CHAR(2),
    "organisation" TEXT NOT NULL,
    "organisation_type" "OrganisationType" NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "text_locales" TEXT[] NOT NULL DEFAULT '{}',
    "support_type" "SupportType" NOT NULL,
    "forms" "SupportForm"[] NOT NULL DEFAULT '{}',
    "ip_areas" "IpArea"[] NOT NULL DEFAULT '{}',
    "themes" "Theme"[] NOT NULL DEFAULT '{}',
    "countries" TEXT[] NOT NULL DEFAULT '{}',
    "regions" TEXT[] NOT NULL DEFAULT '{}',
    -- Derived by the writer: every M49 level of the countries plus the regions named; the
    -- countries' development statuses and `ldc`.
    "place_regions" TEXT[] NOT NULL DEFAULT '{}',
    "place_statuses" TEXT[] NOT NULL DEFAULT '{}',
    "languages" TEXT[] NOT NULL DEFAULT '{}',
    "budget_min" DECIMAL(14,2),
    "budget_max" DECIMAL(14,2),
    "currency" CHAR(3),
    "deadline" DATE,
    "timeframe" TEXT NOT NULL DEFAULT '',
    "contact_name" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "contact_phone" TEXT,
    "review_comment" TEXT,
    "search_vector" tsvector,
    -- The title's distinctive tokens (derive.ts), for the text similarity of suggestions.
    "title_tokens" TEXT[] NOT NULL DEFAULT '{}',
    "submitted_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "last_activity_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reminded_at" TIMESTAMPTZ(3),
    "first_interest_at" TIMESTAMPTZ(3),
    "matched_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "listing_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "listing_budget_order" CHECK ("budget_min" IS NULL OR "budget_max" IS NULL OR "budget_min" <= "budget_max"),
    CONSTRAINT "listing_budget_currency" CHECK (("budget_min" IS NULL AND "budget_max" IS NULL) OR "currency" IS NOT NULL),
    CONSTRAINT "listing_public_was_published" CHECK ("status" NOT IN ('published', 'in_discussion', 'matched', 'closed', 'expired') OR "published_at" IS NOT NULL)
);

CREATE TABLE "listing_attachment" (
    "id" UUID NOT NULL,
    "listing_id" UUID NOT NULL,
    "bytes" BYTEA NOT NULL,
    "filename" TEXT NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "listing_attachment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "listing_attachment_size" CHECK (octet_length("bytes") <= 5242880)
);

CREATE TABLE "listing_interest" (
    "id" UUID NOT NULL,
    "listing_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "message" TEXT NOT NULL,
    "status" "InterestStatus" NOT NULL DEFAULT 'pending',
    "reply" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answered_at" TIMESTAMPTZ(3),
    CONSTRAINT "listing_interest_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "match" (
    "id" UUID NOT NULL,
    "external_ref" TEXT,
    "support_type" "SupportType" NOT NULL,
    "status" "MatchStatus" NOT NULL DEFAULT 'agreed',
    "modality" "Modality" NOT NULL,
    "title" JSONB NOT NULL,
    "outcome" JSONB NOT NULL DEFAULT '{}',
    "themes" "Theme"[] NOT NULL DEFAULT '{}',
    "ip_areas" "IpArea"[] NOT NULL DEFAULT '{}',
    "countries" TEXT[] NOT NULL DEFAULT '{}',
    "place_regions" TEXT[] NOT NULL DEFAULT '{}',
    "starts_on" DATE NOT NULL,
    "is_public" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "match_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "match_party" (
    "id" UUID NOT NULL,
    "match_id" UUID NOT NULL,
    "role" "PartyRole" NOT NULL,
    "listing_id" UUID,
    "consultant_id" UUID,
    "organisation" TEXT NOT NULL DEFAULT '',
    "organisation_type" "OrganisationType",
    "country" CHAR(2),
    CONSTRAINT "match_party_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "match_party_names_someone" CHECK ("listing_id" IS NOT NULL OR "consultant_id" IS NOT NULL OR "organisation" <> '')
);

CREATE TABLE "match_activity" (
    "match_id" UUID NOT NULL,
    "activity_id" UUID NOT NULL,
    CONSTRAINT "match_activity_pkey" PRIMARY KEY ("match_id", "activity_id")
);

CREATE TABLE "saved_search" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "query" TEXT NOT NULL,
    "frequency" "DigestFrequency" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "last_sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "saved_search_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "listing_external_ref_key" ON "listing"("external_ref");
CREATE INDEX "listing_status_idx" ON "listing"("status");
CREATE INDEX "listing_owner_id_idx" ON "listing"("owner_id");
CREATE INDEX "listing_attachment_listing_id_idx" ON "listing_attachment"("listing_id");
CREATE UNIQUE INDEX "listing_interest_listing_id_user_id_key" ON "listing_interest"("listing_id", "user_id");
CREATE INDEX "listing_interest_user_id_idx" ON "listing_interest"("user_id");
CREATE UNIQUE INDEX "match_external_ref_key" ON "match"("external_ref");
CREATE INDEX "match_is_public_starts_on_idx" ON "match"("is_public", "starts_on");
CREATE INDEX "match_party_match_id_idx" ON "match_party"("match_id");
CREATE INDEX "match_party_listing_id_idx" ON "match_party"("listing_id");
CREATE UNIQUE INDEX "saved_search_token_hash_key" ON "saved_search"("token_hash");
CREATE INDEX "saved_search_user_id_idx" ON "saved_search"("user_id");

ALTER TABLE "listing" ADD CONSTRAINT "listing_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "listing_attachment" ADD CONSTRAINT "listing_attachment_listing_id_fkey" FOREIGN KEY ("listing_id") REFERENCES "listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "listing_interest" ADD CONSTRAINT "listing_interest_listing_id_fkey" FOREIGN KEY ("listing_id") REFERENCES "listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "listing_interest" ADD CONSTRAINT "listing_interest_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "match_party" ADD CONSTRAINT "match_party_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "match_party" ADD CONSTRAINT "match_party_listing_id_fkey" FOREIGN KEY ("listing_id") REFERENCES "listing"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "match_party" ADD CONSTRAINT "match_party_consultant_id_fkey" FOREIGN KEY ("consultant_id") REFERENCES "consultant"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "match_activity" ADD CONSTRAINT "match_activity_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "match_activity" ADD CONSTRAINT "match_activity_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "saved_search" ADD CONSTRAINT "saved_search_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Search (src/modules/matchmaking/server/resolve-query.ts): the public search reads only the
-- public statuses, written as a literal list, so these partial indexes apply.
CREATE INDEX "listing_search_vector_idx" ON "listing" USING GIN ("search_vector") WHERE "status" IN ('published', 'in_discussion', 'matched');
CREATE INDEX "listing_ip_areas_idx" ON "listing" USING GIN ("ip_areas") WHERE "status" IN ('published', 'in_discussion', 'matched');
CREATE INDEX "listing_themes_idx" ON "listing" USING GIN ("themes") WHERE "status" IN ('published', 'in_discussion', 'matched');
CREATE INDEX "listing_forms_idx" ON "listing" USING GIN ("forms") WHERE "status" IN ('published', 'in_discussion', 'matched');
CREATE INDEX "listing_countries_idx" ON "listing" USING GIN ("countries") WHERE "status" IN ('published', 'in_discussion', 'matched');
CREATE INDEX "listing_place_regions_idx" ON "listing" USING GIN ("place_regions") WHERE "status" IN ('published', 'in_discussion', 'matched');
CREATE INDEX "listing_languages_idx" ON "listing" USING GIN ("languages") WHERE "status" IN ('published', 'in_discussion', 'matched');
CREATE INDEX "listing_title_tokens_idx" ON "listing" USING GIN ("title_tokens") WHERE "status" IN ('published', 'in_discussion');
CREATE INDEX "listing_newest_idx" ON "listing" ("published_at" DESC, "id" DESC) WHERE "status" IN ('published', 'in_discussion', 'matched');
CREATE INDEX "listing_deadline_idx" ON "listing" ((coalesce("deadline", DATE '9999-12-31')), "id") WHERE "status" IN ('published', 'in_discussion', 'matched');
-- The moderation queue, oldest first.
CREATE INDEX "listing_queue_idx" ON "listing" ("submitted_at", "id") WHERE "status" = 'submitted';
-- Expiry and reminders: open listings by their last activity.
CREATE INDEX "listing_activity_idx" ON "listing" ("last_activity_at") WHERE "status" IN ('published', 'in_discussion');

-- Counts of large result sets are estimated on a fixed sample, as for the roster.
CREATE FUNCTION listing_sample_bucket(id uuid) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT get_byte(uuid_send(id), 15) % 64
$$;
CREATE INDEX "listing_sample_bucket_idx" ON "listing" (listing_sample_bucket("id")) WHERE "status" IN ('published', 'in_discussion', 'matched');

CREATE TRIGGER listing_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "listing"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER listing_attachment_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "listing_attachment"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER match_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "match"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER match_party_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "match_party"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER match_activity_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "match_activity"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
