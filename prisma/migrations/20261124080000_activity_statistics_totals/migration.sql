-- The statistics page (per year by modality, per region, top LDC beneficiaries; cancelled
-- activities left out) read from activity_facet_total too, kept by the same triggers: at 1M rows
-- its three aggregates took 1.1–1.4 s after every write. Rows under facets 'stat:*'; the search
-- reads only its nine facets.

CREATE FUNCTION activity_facet_values(
  t "ActivityType", y smallint, m "Modality", f "FundingType", ip "IpArea"[],
  langs text[], countries text[], regions text[], statuses text[], st "ActivityStatus"
) RETURNS TABLE (facet text, value text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT * FROM activity_facet_values(t, y, m, f, ip, langs, countries, regions, statuses)
  UNION ALL SELECT 'stat:year_modality', y::text || ':' || m::text WHERE st <> 'cancelled'
  UNION ALL SELECT 'stat:region', v FROM unnest(regions) v WHERE st <> 'cancelled'
  UNION ALL SELECT 'stat:country', v FROM unnest(countries) v WHERE st <> 'cancelled'
$$;

CREATE OR REPLACE FUNCTION activity_facets_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO activity_facet_total (facet, value, count)
  SELECT v.facet, v.value, count(*) FROM new_rows n,
    activity_facet_values(n.type, n.year, n.modality, n.funding_type, n.ip_areas, n.languages,
                          n.beneficiary_countries, n.beneficiary_regions, n.beneficiary_statuses, n.status) v
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

CREATE OR REPLACE FUNCTION activity_facets_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO activity_facet_total (facet, value, count)
  SELECT v.facet, v.value, -count(*) FROM old_rows o,
    activity_facet_values(o.type, o.year, o.modality, o.funding_type, o.ip_areas, o.languages,
                          o.beneficiary_countries, o.beneficiary_regions, o.beneficiary_statuses, o.status) v
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (facet, value) DO UPDATE SET count = activity_facet_total.count + EXCLUDED.count;
  DELETE FROM activity_facet_total WHERE count = 0;
  DELETE FROM activity_sample_8 WHERE id IN (SELECT id FROM old_rows);
  DELETE FROM activity_sample_64 WHERE id IN (SELECT id FROM old_rows);
  DELETE FROM activity_sample_512 WHERE id IN (SELECT id FROM old_rows);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION activity_facets_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO activity_facet_total (facet, value, count)
  SELECT facet, value, sum(sign) FROM (
    SELECT 1 AS sign, v.* FROM new_rows n,
      activity_facet_values(n.type, n.year, n.modality, n.funding_type, n.ip_areas, n.languages,
                            n.beneficiary_countries, n.beneficiary_regions, n.beneficiary_statuses, n.status) v
    UNION ALL
    SELECT -1, v.* FROM old_rows o,
      activity_facet_values(o.type, o.year, o.modality, o.funding_type, o.ip_areas, o.languages,
                            o.beneficiary_countries, o.beneficiary_regions, o.beneficiary_statuses, o.status) v
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

-- Existing activities.
INSERT INTO activity_facet_total (facet, value, count)
SELECT v.facet, v.value, count(*) FROM activity a,
  activity_facet_values(a.type, a.year, a.modality, a.funding_type, a.ip_areas, a.languages,
                        a.beneficiary_countries, a.beneficiary_regions, a.beneficiary_statuses, a.status) v
WHERE v.facet LIKE 'stat:%'
GROUP BY 1, 2;
