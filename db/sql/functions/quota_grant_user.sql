-- Raises a user's quota limit out of their group's balance (USR-2). Nobody raises their own; an administrator's
-- only an administrator of a strictly higher group (issue 14: no escalation by proxy). The group row is locked
-- before the user's, as in quota_take_back_user, so concurrent grants neither overspend nor deadlock.
CREATE OR REPLACE FUNCTION smsdesk.quota_grant_user(p_user bigint, p_amount bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; source user_group; new_limit bigint; group_of bigint;
BEGIN
  IF p_amount IS NULL OR p_amount <= 0 THEN
    PERFORM smsdesk._org_fail('SD422', 'amount', 'a grant is a positive number of segments');
  END IF;
  group_of := (SELECT group_id FROM app_user WHERE id = p_user);
  SELECT * INTO source FROM user_group WHERE id = group_of FOR UPDATE;
  target := smsdesk._user_for_change(p_user, 'you cannot raise your own quota');
  IF target.group_id IS DISTINCT FROM source.id THEN  -- moved meanwhile: take the new group's lock
    SELECT * INTO source FROM user_group WHERE id = target.group_id FOR UPDATE;
  END IF;
  IF source.quota_balance < p_amount THEN
    PERFORM smsdesk._org_fail('SD402', 'group_balance', format('group "%s" holds %s segments, %s asked',
                              source.name, source.quota_balance, p_amount),
                              jsonb_build_object('group', source.name, 'balance', source.quota_balance,
                                                 'asked', p_amount));
  END IF;
  UPDATE user_group SET quota_balance = quota_balance - p_amount, updated_at = now() WHERE id = source.id;
  UPDATE app_user SET quota_limit = quota_limit + p_amount, updated_at = now()
   WHERE id = target.id RETURNING quota_limit INTO new_limit;
  INSERT INTO quota_movement (actor_user_id, group_id, amount, reason, reference)
  VALUES (smsdesk.my_user_id(), source.id, -p_amount, 'allocate.out', target.id::text);
  INSERT INTO quota_movement (actor_user_id, user_id, amount, reason, reference)
  VALUES (smsdesk.my_user_id(), target.id, p_amount, 'allocate.in', source.id::text);
  PERFORM smsdesk._audit('quota.grant_user', target.login, target.group_id,
                         jsonb_build_object('amount', p_amount, 'limit', new_limit));
  RETURN new_limit;
END $$;

REVOKE ALL ON FUNCTION smsdesk.quota_grant_user(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.quota_grant_user(bigint, bigint) TO "__P__admin";
