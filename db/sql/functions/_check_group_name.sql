-- A contact group's name, trimmed: 1 to 100 characters and no '/'; raises SD422 otherwise.
CREATE OR REPLACE FUNCTION smsdesk._check_group_name(p_name text) RETURNS text
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE clean text := trim(p_name);
BEGIN
  IF clean IS NULL OR length(clean) NOT BETWEEN 1 AND 100 OR position('/' IN clean) > 0 THEN
    PERFORM smsdesk._fail('SD422', 'a group name has 1 to 100 characters and no "/"');
  END IF;
  RETURN clean;
END $$;

REVOKE ALL ON FUNCTION smsdesk._check_group_name(text) FROM PUBLIC;
