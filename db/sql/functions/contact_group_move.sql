-- p_parent NULL makes the group a top-level group of its owner's tree.
CREATE OR REPLACE FUNCTION smsdesk.contact_group_move(p_group bigint, p_parent bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g contact_group := smsdesk._group_for_change(p_group); parent contact_group;
BEGIN
  IF p_parent IS NOT NULL THEN
    parent := smsdesk._group_for_change(p_parent);
    IF parent.owner_id <> g.owner_id THEN
      PERFORM smsdesk._fail('SD422', 'a group moves only inside its own address book');
    END IF;
    IF g.id = ANY(parent.id_path) THEN
      PERFORM smsdesk._fail('SD422', 'a group cannot be moved into its own subtree');
    END IF;
  END IF;
  IF g.parent_id IS NOT DISTINCT FROM p_parent THEN
    RETURN;
  END IF;
  IF EXISTS (SELECT 1 FROM contact_group x WHERE x.owner_id = g.owner_id AND x.id <> g.id
                AND x.parent_id IS NOT DISTINCT FROM p_parent AND x.name = g.name) THEN
    PERFORM smsdesk._fail('SD409', format('group "%s" already exists there', g.name));
  END IF;
  UPDATE contact_group SET parent_id = p_parent, updated_at = now() WHERE id = g.id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_group_move(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_group_move(bigint, bigint) TO "__P__operator";
