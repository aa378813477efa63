-- The anonymous page cache of the portal's server (scripts/lib/page-cache.mjs) listens on this
-- channel and drops its copies when a transaction that changed what public pages show commits.
-- NOTIFY is delivered only at commit (and not at all on rollback), once per transaction and
-- payload, so a bulk import of a million rows sends one message per table it wrote.
-- A module whose tables feed public pages attaches the trigger to each of them (docs/PERFORMANCE.md).
CREATE FUNCTION notify_public_content_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('public_content_changed', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

CREATE TRIGGER region_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "region"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER country_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "country"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER activity_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "activity"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER activity_beneficiary_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "activity_beneficiary"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER activity_expert_public_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "activity_expert"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
