-- The mail worker claims rows with a lease in a short transaction and sends over SMTP outside
-- it (src/modules/mail/server/claim-due.ts); a row whose lease has expired can be claimed again.
ALTER TABLE "outbox_email"
  ADD COLUMN "locked_until" TIMESTAMPTZ(3),
  ADD COLUMN "lease_id" UUID,
  ADD COLUMN "redacted_body" TEXT;

-- Emails written before this change kept their verification and reset links after delivery.
-- Those links all carry `?token=`: remove them from what was sent or given up on, and prepare
-- the redacted body of what is still waiting.
UPDATE "outbox_email"
SET "text_body" = regexp_replace("text_body", 'https?://\S+[?&]token=\S+', '[link removed after delivery]', 'g')
WHERE "status" <> 'pending' AND "text_body" ~ '[?&]token=';

UPDATE "outbox_email"
SET "redacted_body" = regexp_replace("text_body", 'https?://\S+[?&]token=\S+', '[link removed after delivery]', 'g')
WHERE "status" = 'pending' AND "text_body" ~ '[?&]token=';
