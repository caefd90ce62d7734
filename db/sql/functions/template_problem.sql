-- NULL for a well-formed template, else the domain's error code: nested, unopened, empty_name, unclosed.
CREATE OR REPLACE FUNCTION smsdesk.template_problem(p_text text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE chars text[] := regexp_split_to_array(p_text, ''); open_at int := 0; i int;
BEGIN
  FOR i IN 1 .. coalesce(array_length(chars, 1), 0) LOOP
    IF chars[i] = '【' THEN
      IF open_at > 0 THEN
        RETURN 'nested';
      END IF;
      open_at := i;
    ELSIF chars[i] = '】' THEN
      IF open_at = 0 THEN
        RETURN 'unopened';
      END IF;
      IF array_to_string(chars[open_at + 1 : i - 1], '') ~ '^\s*$' THEN
        RETURN 'empty_name';
      END IF;
      open_at := 0;
    END IF;
  END LOOP;
  IF open_at > 0 THEN
    RETURN 'unclosed';
  END IF;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk.template_problem(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.template_problem(text) TO "__P__operator", "__P__dispatcher";
