-- Resolves 'East/Shanghai/Desk 1' among the live groups the caller can see.
CREATE OR REPLACE FUNCTION smsdesk.group_find(p_path text) RETURNS bigint
LANGUAGE plpgsql STABLE SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE part text; current_id bigint := NULL; found_id bigint;
BEGIN
  FOREACH part IN ARRAY string_to_array(trim(both '/' from p_path), '/') LOOP
    SELECT id INTO found_id FROM user_group
     WHERE name = trim(part) AND parent_id IS NOT DISTINCT FROM current_id AND deleted_at IS NULL;
    IF found_id IS NULL THEN
      RETURN NULL;
    END IF;
    current_id := found_id;
  END LOOP;
  RETURN current_id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.group_find(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.group_find(text) TO "__P__operator", "__P__dispatcher";
