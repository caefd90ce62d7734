-- Deletes an empty group below the caller's own: refused while it holds users (enabled or disabled), sub-groups or
-- a balance, naming each. The row stays, marked deleted, for the history that refers to it (tasks, quota
-- movements, audit); its deleted users stay with it and are restored into another group.
CREATE OR REPLACE FUNCTION smsdesk.group_delete(p_group bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g user_group; n_users bigint; n_groups bigint; problems text[] := '{}';
BEGIN
  PERFORM smsdesk._org_caller(p_group, true);
  g := smsdesk._live_group(p_group);
  IF g.parent_id IS NULL THEN
    PERFORM smsdesk._org_fail('SD422', 'top_level_delete', 'a top-level group cannot be deleted');
  END IF;
  SELECT count(*) INTO n_users FROM app_user WHERE group_id = g.id AND status <> 'deleted';
  SELECT count(*) INTO n_groups FROM user_group WHERE parent_id = g.id AND deleted_at IS NULL;
  IF n_users > 0 THEN problems := problems || format('%s users', n_users); END IF;
  IF n_groups > 0 THEN problems := problems || format('%s sub-groups', n_groups); END IF;
  IF g.quota_balance > 0 THEN problems := problems || format('a balance of %s segments', g.quota_balance); END IF;
  IF cardinality(problems) > 0 THEN
    PERFORM smsdesk._org_fail('SD409', 'group_not_empty',
      format('group "%s" still holds %s', g.name, array_to_string(problems, ', ')),
      jsonb_build_object('group', g.name, 'users', n_users, 'groups', n_groups, 'balance', g.quota_balance));
  END IF;
  UPDATE user_group SET deleted_at = now(), updated_at = now() WHERE id = g.id;
  PERFORM smsdesk._audit('group.delete', smsdesk.group_path(g.id), g.id, '{}');
END $$;

REVOKE ALL ON FUNCTION smsdesk.group_delete(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.group_delete(bigint) TO "__P__admin";
