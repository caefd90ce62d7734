-- Creates a contact group (BOOK-1) under p_parent, or at the top of p_owner's tree.
CREATE OR REPLACE FUNCTION smsdesk.contact_group_create(p_owner bigint, p_parent bigint, p_name text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE parent contact_group; v_owner bigint := p_owner; clean text := smsdesk._check_group_name(p_name);
        new_id bigint;
BEGIN
  IF p_parent IS NOT NULL THEN
    parent := smsdesk._group_for_change(p_parent);
    v_owner := parent.owner_id;
  ELSE
    PERFORM smsdesk._require_book(v_owner);
  END IF;
  IF EXISTS (SELECT 1 FROM contact_group g WHERE g.owner_id = v_owner
                AND g.parent_id IS NOT DISTINCT FROM p_parent AND g.name = clean) THEN
    PERFORM smsdesk._fail('SD409', format('group "%s" already exists there', clean));
  END IF;
  INSERT INTO contact_group (owner_id, parent_id, name) VALUES (v_owner, p_parent, clean) RETURNING id INTO new_id;
  RETURN new_id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_group_create(bigint, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_group_create(bigint, bigint, text) TO "__P__operator";
