-- Gives the unused part of a user's quota back to their group's balance (USR-2): at most limit - used, so a
-- reservation of a queued task stays covered. Same rights as a grant (quota_grant_user), same lock order.
CREATE OR REPLACE FUNCTION smsdesk.quota_take_back_user(p_user bigint, p_amount bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; source user_group; new_limit bigint; group_of bigint;
BEGIN
  IF p_amount IS NULL OR p_amount <= 0 THEN
    PERFORM smsdesk._org_fail('SD422', 'amount', 'a take-back is a positive number of segments');
  END IF;
  group_of := (SELECT group_id FROM app_user WHERE id = p_user);
  SELECT * INTO source FROM user_group WHERE id = group_of FOR UPDATE;
  target := smsdesk._user_for_change(p_user, 'you cannot change your own quota', false, true);
  IF target.group_id IS DISTINCT FROM source.id THEN
    SELECT * INTO source FROM user_group WHERE id = target.group_id FOR UPDATE;
  END IF;
  IF target.quota_limit - target.quota_used < p_amount THEN
    PERFORM smsdesk._org_fail('SD402', 'user_unused', format('user "%s" has %s segments unused, %s asked',
                              target.login, target.quota_limit - target.quota_used, p_amount),
                              jsonb_build_object('login', target.login,
                                                 'unused', target.quota_limit - target.quota_used, 'asked', p_amount));
  END IF;
  UPDATE app_user SET quota_limit = quota_limit - p_amount, updated_at = now()
   WHERE id = target.id RETURNING quota_limit INTO new_limit;
  UPDATE user_group SET quota_balance = quota_balance + p_amount, updated_at = now() WHERE id = source.id;
  INSERT INTO quota_movement (actor_user_id, user_id, amount, reason, reference)
  VALUES (smsdesk.my_user_id(), target.id, -p_amount, 'take_back.out', source.id::text);
  INSERT INTO quota_movement (actor_user_id, group_id, amount, reason, reference)
  VALUES (smsdesk.my_user_id(), source.id, p_amount, 'take_back.in', target.id::text);
  PERFORM smsdesk._audit('quota.take_back_user', target.login, target.group_id,
                         jsonb_build_object('amount', p_amount, 'limit', new_limit));
  RETURN new_limit;
END $$;

REVOKE ALL ON FUNCTION smsdesk.quota_take_back_user(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.quota_take_back_user(bigint, bigint) TO "__P__admin";
