-- Moves a user to another live group; the caller must be able to change them where they are and where they go (an
-- administrator only between groups strictly below the caller's). Their quota moves with them.
CREATE OR REPLACE FUNCTION smsdesk.user_move(p_user bigint, p_group bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; source_path text;
BEGIN
  target := smsdesk._user_for_change(p_user, 'you cannot move yourself to another group');
  PERFORM smsdesk._org_caller(p_group, false, target.kind = 'admin');
  PERFORM smsdesk._live_group(p_group);
  IF target.group_id = p_group THEN
    RETURN;
  END IF;
  source_path := smsdesk.group_path(target.group_id);
  UPDATE app_user SET group_id = p_group, updated_at = now() WHERE id = p_user RETURNING * INTO target;
  PERFORM smsdesk._audit('user.move', target.login, p_group,
                         jsonb_build_object('from', source_path, 'to', smsdesk.group_path(p_group)));
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_move(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_move(bigint, bigint) TO "__P__admin";
