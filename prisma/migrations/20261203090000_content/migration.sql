-- CreateEnum
CREATE TYPE "ContentKind" AS ENUM ('page', 'milestone', 'event', 'document');

-- CreateEnum
CREATE TYPE "ContentStatus" AS ENUM ('draft', 'published');

-- CreateTable
CREATE TABLE "content_item" (
    "id" UUID NOT NULL,
    "kind" "ContentKind" NOT NULL,
    "seed_key" TEXT,
    "status" "ContentStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "source_locale" TEXT NOT NULL,
    "draft" JSONB NOT NULL,
    "draft_revision" INTEGER NOT NULL DEFAULT 1,
    "locale_revisions" JSONB NOT NULL DEFAULT '{}',
    "live" JSONB,
    "live_revision" INTEGER,
    "publish_at" TIMESTAMPTZ(3),
    "scheduled_revision" INTEGER,
    "theme" "Theme",
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "day" DATE,
    "document_type" TEXT,
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "search_vector" tsvector,
    "first_published_at" TIMESTAMPTZ(3),
    "live_published_at" TIMESTAMPTZ(3),
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "content_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "content_revision" (
    "id" BIGSERIAL NOT NULL,
    "item_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "user_id" UUID,
    "user_name" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "snapshot" JSONB NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "content_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "content_slug" (
    "kind" "ContentKind" NOT NULL,
    "locale" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "item_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "content_slug_pkey" PRIMARY KEY ("kind","locale","slug")
);

-- CreateTable
CREATE TABLE "content_file" (
    "id" UUID NOT NULL,
    "item_id" UUID,
    "name" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "content_file_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "content_item_seed_key_key" ON "content_item"("seed_key");

-- CreateIndex
CREATE INDEX "content_item_kind_status_sort_order_idx" ON "content_item"("kind", "status", "sort_order");

-- CreateIndex
CREATE INDEX "content_item_kind_status_starts_at_idx" ON "content_item"("kind", "status", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "content_revision_item_id_number_key" ON "content_revision"("item_id", "number");

-- CreateIndex
CREATE INDEX "content_slug_item_id_idx" ON "content_slug"("item_id");

-- CreateIndex
CREATE INDEX "content_file_item_id_idx" ON "content_file"("item_id");

-- AddForeignKey
ALTER TABLE "content_revision" ADD CONSTRAINT "content_revision_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "content_slug" ADD CONSTRAINT "content_slug_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "content_file" ADD CONSTRAINT "content_file_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The working and live copies are objects; a schedule names what it publishes.
ALTER TABLE "content_item" ADD CONSTRAINT "content_item_copies_objects" CHECK (jsonb_typeof("draft") = 'object' AND ("live" IS NULL OR jsonb_typeof("live") = 'object'));
ALTER TABLE "content_item" ADD CONSTRAINT "content_item_live_when_published" CHECK (("status" = 'published') = ("live" IS NOT NULL AND "live_revision" IS NOT NULL));
ALTER TABLE "content_item" ADD CONSTRAINT "content_item_schedule_whole" CHECK (("publish_at" IS NULL) = ("scheduled_revision" IS NULL));
ALTER TABLE "content_item" ADD CONSTRAINT "content_item_event_order" CHECK ("starts_at" IS NULL OR "ends_at" IS NULL OR "starts_at" <= "ends_at");
ALTER TABLE "content_slug" ADD CONSTRAINT "content_slug_shape" CHECK ("slug" <> '' AND "slug" !~ '[/?#%[:space:]]');

-- Due schedules (the publisher's poll), and the readers' full text over published records.
CREATE INDEX "content_item_publish_at_idx" ON "content_item" ("publish_at") WHERE "publish_at" IS NOT NULL;
CREATE INDEX "content_item_search_vector_idx" ON "content_item" USING GIN ("search_vector") WHERE "status" = 'published';

-- Published content feeds public pages (the South-South section, events, documents, the home page).
CREATE TRIGGER content_item_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "content_item"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER content_file_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "content_file"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
