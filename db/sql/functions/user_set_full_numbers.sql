-- Gives or takes a user's right to see full phone numbers (SEC-3). Only a holder of the right grants it; nobody
-- changes their own, and an administrator's only an administrator of a strictly higher group.
CREATE OR REPLACE FUNCTION smsdesk.user_set_full_numbers(p_user bigint, p_on boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; caller app_user := smsdesk.me();
BEGIN
  target := smsdesk._user_for_change(p_user, 'you cannot change your own right to see full numbers');
  IF NOT smsdesk.is_system() AND coalesce(p_on, false) AND NOT caller.see_full_numbers THEN
    PERFORM smsdesk._org_fail('SD403', 'right_not_held',
      'you do not see full numbers yourself, so you cannot grant it');
  END IF;
  UPDATE app_user SET see_full_numbers = coalesce(p_on, false), updated_at = now() WHERE id = p_user;
  PERFORM smsdesk._audit('user.full_numbers', target.login, target.group_id, jsonb_build_object('on', p_on));
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_set_full_numbers(bigint, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_set_full_numbers(bigint, boolean) TO "__P__admin";
