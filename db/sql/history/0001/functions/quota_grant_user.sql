-- Raises a user's quota limit out of their group's balance (USR-2); nobody raises their own.
CREATE OR REPLACE FUNCTION smsdesk.quota_grant_user(p_user bigint, p_amount bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; source user_group; caller app_user; new_limit bigint;
BEGIN
  IF p_amount IS NULL OR p_amount <= 0 THEN
    PERFORM smsdesk._fail('SD422', 'a grant is a positive number of segments');
  END IF;
  SELECT * INTO target FROM app_user WHERE id = p_user;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such user');
  END IF;
  caller := smsdesk._require_admin_over(target.group_id);
  IF caller.id = target.id THEN
    PERFORM smsdesk._fail('SD403', 'you cannot raise your own quota');
  END IF;
  SELECT * INTO source FROM user_group WHERE id = target.group_id FOR UPDATE;
  IF source.quota_balance < p_amount THEN
    PERFORM smsdesk._fail('SD402', format('group "%s" holds %s segments, %s asked',
                                         source.name, source.quota_balance, p_amount));
  END IF;
  UPDATE user_group SET quota_balance = quota_balance - p_amount, updated_at = now() WHERE id = source.id;
  UPDATE app_user SET quota_limit = quota_limit + p_amount, updated_at = now()
   WHERE id = target.id RETURNING quota_limit INTO new_limit;
  INSERT INTO quota_movement (actor_user_id, group_id, amount, reason, reference)
  VALUES (caller.id, source.id, -p_amount, 'allocate.out', target.id::text);
  INSERT INTO quota_movement (actor_user_id, user_id, amount, reason, reference)
  VALUES (caller.id, target.id, p_amount, 'allocate.in', source.id::text);
  PERFORM smsdesk._audit('quota.grant_user', target.login, target.group_id,
                         jsonb_build_object('amount', p_amount, 'limit', new_limit));
  RETURN new_limit;
END $$;

REVOKE ALL ON FUNCTION smsdesk.quota_grant_user(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.quota_grant_user(bigint, bigint) TO "__P__admin";
