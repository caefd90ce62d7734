-- An operator's display name, trimmed: at most 100 characters, no control characters (quotes and "/" are fine).
CREATE OR REPLACE FUNCTION smsdesk._org_operator_name(p_name text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE clean text := coalesce(trim(p_name), '');
BEGIN
  IF length(clean) > 100 OR clean ~ '[[:cntrl:]]' THEN
    PERFORM smsdesk._org_fail('SD422', 'operator_name', 'a name has at most 100 characters and no control characters');
  END IF;
  RETURN clean;
END $$;

REVOKE ALL ON FUNCTION smsdesk._org_operator_name(text) FROM PUBLIC;
