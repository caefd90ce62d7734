-- Finds or creates every group along 'Region/Branch/Campaign' in p_owner's tree (mkdir -p).
CREATE OR REPLACE FUNCTION smsdesk.contact_group_ensure_path(p_owner bigint, p_path text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE part text; current_id bigint := NULL; found_id bigint;
BEGIN
  PERFORM smsdesk._require_book(p_owner);
  IF coalesce(trim(both '/' from trim(p_path)), '') = '' THEN
    PERFORM smsdesk._fail('SD422', 'a group path names at least one group');
  END IF;
  FOREACH part IN ARRAY string_to_array(trim(both '/' from trim(p_path)), '/') LOOP
    part := smsdesk._check_group_name(part);
    SELECT id INTO found_id FROM contact_group
     WHERE owner_id = p_owner AND parent_id IS NOT DISTINCT FROM current_id AND name = part;
    IF found_id IS NULL THEN
      INSERT INTO contact_group (owner_id, parent_id, name) VALUES (p_owner, current_id, part) RETURNING id INTO found_id;
    END IF;
    current_id := found_id;
  END LOOP;
  RETURN current_id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_group_ensure_path(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_group_ensure_path(bigint, text) TO "__P__operator";
