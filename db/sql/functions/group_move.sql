-- Moves a group (with its sub-groups, users and balance) under another live group. Both must lie in the caller's
-- subtree and the group strictly below the caller's own; a move into the group's own subtree is refused.
CREATE OR REPLACE FUNCTION smsdesk.group_move(p_group bigint, p_parent bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g user_group; old_path text;
BEGIN
  PERFORM smsdesk._org_caller(p_group, true);
  g := smsdesk._live_group(p_group);
  IF g.parent_id IS NULL THEN
    PERFORM smsdesk._org_fail('SD422', 'top_level_move', 'a top-level group cannot be moved');
  END IF;
  PERFORM smsdesk._org_caller(p_parent);
  PERFORM smsdesk._live_group(p_parent);
  IF smsdesk.group_in_subtree(p_parent, p_group) THEN
    PERFORM smsdesk._org_fail('SD422', 'into_own_subtree', 'a group cannot be moved into itself or a group below it');
  END IF;
  IF g.parent_id = p_parent THEN
    RETURN;
  END IF;
  PERFORM smsdesk._org_group_name(p_parent, g.name, g.id);
  old_path := smsdesk.group_path(g.id);
  UPDATE user_group SET parent_id = p_parent, updated_at = now() WHERE id = g.id;
  PERFORM smsdesk._audit('group.move', smsdesk.group_path(g.id), g.id, jsonb_build_object('from', old_path));
END $$;

REVOKE ALL ON FUNCTION smsdesk.group_move(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.group_move(bigint, bigint) TO "__P__admin";
