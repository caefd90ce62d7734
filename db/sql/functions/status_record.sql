-- The dispatcher's lookup worker reports what the provider said: the cache is refreshed (number_status, reused
-- for check_config.cache_days and by the Send preview) and every check waiting for these numbers gets them.
-- Returns the check rows filled.
CREATE OR REPLACE FUNCTION smsdesk.status_record(p_numbers bigint[], p_statuses text[], p_provider text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
BEGIN
  IF NOT smsdesk._is_dispatcher() THEN
    PERFORM smsdesk._fail('SD403', 'only a dispatcher records live statuses');
  END IF;
  IF coalesce(cardinality(p_numbers), 0) <> coalesce(cardinality(p_statuses), 0) THEN
    PERFORM smsdesk._fail('SD422', 'one status per number');
  END IF;
  IF EXISTS (SELECT 1 FROM unnest(p_statuses) s
              WHERE s IS NULL OR s NOT IN ('empty', 'suspended', 'powered_off', 'active', 'unknown')) THEN
    PERFORM smsdesk._fail('SD422', 'a live status is one of empty, suspended, powered_off, active, unknown');
  END IF;
  INSERT INTO number_status (number, status, checked_at, provider)
  SELECT DISTINCT ON (g.number) g.number, g.status, now(), left(coalesce(p_provider, ''), 100)
    FROM unnest(p_numbers, p_statuses) AS g(number, status) ORDER BY g.number
  ON CONFLICT (number) DO UPDATE SET status = EXCLUDED.status, checked_at = EXCLUDED.checked_at,
                                     provider = EXCLUDED.provider;
  RETURN smsdesk._status_settle(p_numbers, p_statuses, true);
END $$;

REVOKE ALL ON FUNCTION smsdesk.status_record(bigint[], text[], text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.status_record(bigint[], text[], text) TO "__P__dispatcher";
