-- Facet counts without scanning the match set when it is large (docs/ACTIVITIES.md, "Counts").
--
-- 1. activity_facet_total: exact counts of every facet value over the whole table, kept by
--    statement triggers, so the unfiltered search (the landing page) never counts a million rows.
-- 2. activity_sample_8 / _64 / _512: the filterable columns of a fixed 1/8, 1/64 and 1/512 of the
--    activities (chosen by the id's last bits, so the same rows every time), kept by the same
--    triggers. A query matching tens of thousands of activities is counted on a sample and the
--    counts are scaled and marked approximate; counting in PostgreSQL costs about 5 µs per match.

-- The sample an activity falls in: 0..1023 from the last two bytes of its (random) uuid.
CREATE FUNCTION activity_sample_bucket(id uuid) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (get_byte(uuid_send(id), 14) * 256 + get_byte(uuid_send(id), 15)) % 1024
$$;

-- Every (facet, value) an activity counts towards, plus ('*', '*') for the total.
CREATE FUNCTION activity_facet_values(
  t "ActivityType", y smallint, m "Modality", f "FundingType", ip "IpArea"[],
  langs text[], countries text[], regions text[], statuses text[]
) RETURNS TABLE (facet text, value text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT '*', '*'
  UNION ALL SELECT 'type', t::text
  UNION ALL SELECT 'year', y::text
  UNION ALL SELECT 'modality', m::text
  UNION ALL SELECT 'funding', f::text
  UNION ALL SELECT 'ipArea', v::text FROM unnest(ip) v
  UNION ALL SELECT 'lang', v FROM unnest(langs) v
  UNION ALL SELECT 'country', v FROM unnest(countries) v
  UNION ALL SELECT 'region', v FROM unnest(regions) v
  UNION ALL SELECT 'status', v FROM unnest(statuses) v
$$;

CREATE TABLE "activity_facet_total" (
  "facet" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "count" BIGINT NOT NULL,
  PRIMARY KEY ("facet", "value")
);

-- The columns searches filter on (src/modules/activities/server/filters.ts), nothing else.
CREATE TABLE "activity_sample_8" AS
  SELECT id, start_date, end_date, year, type, modality, funding_type, status, ip_areas, languages,
         beneficiary_countries, beneficiary_regions, beneficiary_statuses, search_vector
  FROM "activity" WITH NO DATA;
CREATE TABLE "activity_sample_64" (LIKE "activity_sample_8");
CREATE TABLE "activity_sample_512" (LIKE "activity_sample_8");

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['activity_sample_8', 'activity_sample_64', 'activity_sample_512'] LOOP
    EXECUTE format('ALTER TABLE %I ADD PRIMARY KEY (id)', t);
    EXECUTE format('CREATE INDEX %I ON %I USING GIN (search_vector)', t || '_search_vector_idx', t);
    EXECUTE format('CREATE INDEX %I ON %I USING GIN (beneficiary_countries)', t || '_countries_idx', t);
    EXECUTE format('CREATE INDEX %I ON %I USING GIN (beneficiary_regions)', t || '_regions_idx', t);
    EXECUTE format('CREATE INDEX %I ON %I USING GIN (beneficiary_statuses)', t || '_statuses_idx', t);
    EXECUTE format('CREATE INDEX %I ON %I USING GIN (ip_areas)', t || '_ip_areas_idx', t);
    EXECUTE format('CREATE INDEX %I ON %I USING GIN (languages)', t || '_languages_idx', t);
    EXECUTE format('CREATE INDEX %I ON %I (start_date)', t || '_start_date_idx', t);
  END LOOP;
END $$;

-- Applies the rows a statement added (sign 1) or removed (sign -1) to the totals and samples.
-- Transition tables are only visible in the trigger function itself, hence one body per event.
CREATE FUNCTION activity_facets_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO activity_facet_total (facet, value, count)
  SELECT v.facet, v.value, count(*) FROM new_rows n,
    activity_facet_values(n.type, n.year, n.modality, n.funding_type, n.ip_areas, n.languages,
                          n.beneficiary_countries, n.beneficiary_regions, n.beneficiary_statuses) v
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (facet, value) DO UPDATE SET count = activity_facet_total.count + EXCLUDED.count;
  INSERT INTO activity_sample_8 SELECT id, start_date, end_date, year, type, modality, funding_type, status, ip_areas, languages,
         beneficiary_countries, beneficiary_regions, beneficiary_statuses, search_vector FROM new_rows WHERE activity_sample_bucket(id) < 128;
  INSERT INTO activity_sample_64 SELECT id, start_date, end_date, year, type, modality, funding_type, status, ip_areas, languages,
         beneficiary_countries, beneficiary_regions, beneficiary_statuses, search_vector FROM new_rows WHERE activity_sample_bucket(id) < 16;
  INSERT INTO activity_sample_512 SELECT id, start_date, end_date, year, type, modality, funding_type, status, ip_areas, languages,
         beneficiary_countries, beneficiary_regions, beneficiary_statuses, search_vector FROM new_rows WHERE activity_sample_bucket(id) < 2;
  RETURN NULL;
END $$;

CREATE FUNCTION activity_facets_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO activity_facet_total (facet, value, count)
  SELECT v.facet, v.value, -count(*) FROM old_rows o,
    activity_facet_values(o.type, o.year, o.modality, o.funding_type, o.ip_areas, o.languages,
                          o.beneficiary_countries, o.beneficiary_regions, o.beneficiary_statuses) v
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (facet, value) DO UPDATE SET count = activity_facet_total.count + EXCLUDED.count;
  DELETE FROM activity_facet_total WHERE count = 0;
  DELETE FROM activity_sample_8 WHERE id IN (SELECT id FROM old_rows);
  DELETE FROM activity_sample_64 WHERE id IN (SELECT id FROM old_rows);
  DELETE FROM activity_sample_512 WHERE id IN (SELECT id FROM old_rows);
  RETURN NULL;
END $$;

CREATE FUNCTION activity_facets_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO activity_facet_total (facet, value, count)
  SELECT facet, value, sum(sign) FROM (
    SELECT 1 AS sign, v.* FROM new_rows n,
      activity_facet_values(n.type, n.year, n.modality, n.funding_type, n.ip_areas, n.languages,
                            n.beneficiary_countries, n.beneficiary_regions, n.beneficiary_statuses) v
    UNION ALL
    SELECT -1, v.* FROM old_rows o,
      activity_facet_values(o.type, o.year, o.modality, o.funding_type, o.ip_areas, o.languages,
                            o.beneficiary_countries, o.beneficiary_regions, o.beneficiary_statuses) v
  ) d
  GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
  ON CONFLICT (facet, value) DO UPDATE SET count = activity_facet_total.count + EXCLUDED.count;
  DELETE FROM activity_facet_total WHERE count = 0;
  DELETE FROM activity_sample_8 WHERE id IN (SELECT id FROM old_rows);
  DELETE FROM activity_sample_64 WHERE id IN (SELECT id FROM old_rows);
  DELETE FROM activity_sample_512 WHERE id IN (SELECT id FROM old_rows);
  INSERT INTO activity_sample_8 SELECT id, start_date, end_date, year, type, modality, funding_type, status, ip_areas, languages,
         beneficiary_countries, beneficiary_regions, beneficiary_statuses, search_vector FROM new_rows WHERE activity_sample_bucket(id) < 128;
  INSERT INTO activity_sample_64 SELECT id, start_date, end_date, year, type, modality, funding_type, status, ip_areas, languages,
         beneficiary_countries, beneficiary_regions, beneficiary_statuses, search_vector FROM new_rows WHERE activity_sample_bucket(id) < 16;
  INSERT INTO activity_sample_512 SELECT id, start_date, end_date, year, type, modality, funding_type, status, ip_areas, languages,
         beneficiary_countries, beneficiary_regions, beneficiary_statuses, search_vector FROM new_rows WHERE activity_sample_bucket(id) < 2;
  RETURN NULL;
END $$;

CREATE FUNCTION activity_facets_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE activity_facet_total, activity_sample_8, activity_sample_64, activity_sample_512;
  RETURN NULL;
END $$;

CREATE TRIGGER activity_facets_after_insert AFTER INSERT ON "activity"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_facets_insert();
CREATE TRIGGER activity_facets_after_delete AFTER DELETE ON "activity"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_facets_delete();
CREATE TRIGGER activity_facets_after_update AFTER UPDATE ON "activity"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_facets_update();
CREATE TRIGGER activity_facets_after_truncate AFTER TRUNCATE ON "activity"
  FOR EACH STATEMENT EXECUTE FUNCTION activity_facets_truncate();

-- Existing activities.
INSERT INTO activity_facet_total (facet, value, count)
SELECT v.facet, v.value, count(*) FROM activity a,
  activity_facet_values(a.type, a.year, a.modality, a.funding_type, a.ip_areas, a.languages,
                        a.beneficiary_countries, a.beneficiary_regions, a.beneficiary_statuses) v
GROUP BY 1, 2;
INSERT INTO activity_sample_8
SELECT id, start_date, end_date, year, type, modality, funding_type, status, ip_areas, languages,
       beneficiary_countries, beneficiary_regions, beneficiary_statuses, search_vector
FROM activity WHERE activity_sample_bucket(id) < 128;
INSERT INTO activity_sample_64 SELECT * FROM activity_sample_8 WHERE activity_sample_bucket(id) < 16;
INSERT INTO activity_sample_512 SELECT * FROM activity_sample_64 WHERE activity_sample_bucket(id) < 2;
