-- The "new suggestion" emails of a newly published offer leave the publishing transaction:
-- the transaction queues the offer here, and a worker sends the emails after the commit
-- (docs/MATCHMAKING.md, "Suggestions").
CREATE TABLE "suggestion_notice_job" (
    "listing_id" UUID NOT NULL,
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_try_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,

    CONSTRAINT "suggestion_notice_job_pkey" PRIMARY KEY ("listing_id")
);

CREATE INDEX "suggestion_notice_job_next_try_at_idx" ON "suggestion_notice_job"("next_try_at");

ALTER TABLE "suggestion_notice_job" ADD CONSTRAINT "suggestion_notice_job_listing_id_fkey" FOREIGN KEY ("listing_id") REFERENCES "listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;
