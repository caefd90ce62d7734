-- Renames a contact group; names are unique among siblings.
CREATE OR REPLACE FUNCTION smsdesk.contact_group_rename(p_group bigint, p_name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g contact_group := smsdesk._group_for_change(p_group); clean text := smsdesk._check_group_name(p_name);
BEGIN
  IF EXISTS (SELECT 1 FROM contact_group x WHERE x.owner_id = g.owner_id AND x.id <> g.id
                AND x.parent_id IS NOT DISTINCT FROM g.parent_id AND x.name = clean) THEN
    PERFORM smsdesk._fail('SD409', format('group "%s" already exists there', clean));
  END IF;
  UPDATE contact_group SET name = clean, updated_at = now() WHERE id = g.id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_group_rename(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_group_rename(bigint, text) TO "__P__operator";
