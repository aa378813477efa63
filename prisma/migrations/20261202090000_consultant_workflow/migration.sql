-- The roster's workflow (docs/CONSULTANTS.md, "Workflow"): the review's comment, who nominated a
-- profile, the nominee's single-use invitation, and the confirmation reminder already sent.

-- AlterTable
ALTER TABLE "consultant" ADD COLUMN "review_comment" TEXT,
ADD COLUMN "nominated_by" UUID,
ADD COLUMN "submitted_at" TIMESTAMPTZ(3),
ADD COLUMN "reminded_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "consultant_invitation" (
    "consultant_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "locale" VARCHAR(2) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consultant_invitation_pkey" PRIMARY KEY ("consultant_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "consultant_invitation_token_hash_key" ON "consultant_invitation"("token_hash");

-- AddForeignKey
ALTER TABLE "consultant_invitation" ADD CONSTRAINT "consultant_invitation_consultant_id_fkey" FOREIGN KEY ("consultant_id") REFERENCES "consultant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
