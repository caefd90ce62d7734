-- Gives part of a group's unallocated balance back to its parent (USR-2), by an administrator over the parent (as
-- for a grant); locks parent before child like quota_grant_group, so the two never deadlock nor overspend.
CREATE OR REPLACE FUNCTION smsdesk.quota_return_group(p_group bigint, p_amount bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target user_group; caller app_user; new_balance bigint;
BEGIN
  IF p_amount IS NULL OR p_amount <= 0 THEN
    PERFORM smsdesk._org_fail('SD422', 'amount', 'a give-back is a positive number of segments');
  END IF;
  SELECT * INTO target FROM user_group WHERE id = p_group;
  IF target.id IS NULL THEN
    PERFORM smsdesk._org_fail('SD404', 'no_group', 'no such group');
  END IF;
  IF target.parent_id IS NULL THEN
    PERFORM smsdesk._org_fail('SD422', 'top_level_return', 'a top-level group has no parent to give quota back to');
  END IF;
  caller := smsdesk._org_caller(p_group, true);
  PERFORM 1 FROM user_group WHERE id = target.parent_id FOR UPDATE;
  SELECT * INTO target FROM user_group WHERE id = p_group FOR UPDATE;
  IF target.quota_balance < p_amount THEN
    PERFORM smsdesk._org_fail('SD402', 'group_balance', format('group "%s" holds %s segments, %s asked',
                              target.name, target.quota_balance, p_amount),
                              jsonb_build_object('group', target.name, 'balance', target.quota_balance,
                                                 'asked', p_amount));
  END IF;
  UPDATE user_group SET quota_balance = quota_balance - p_amount, updated_at = now()
   WHERE id = target.id RETURNING quota_balance INTO new_balance;
  UPDATE user_group SET quota_balance = quota_balance + p_amount, updated_at = now() WHERE id = target.parent_id;
  INSERT INTO quota_movement (actor_user_id, group_id, amount, reason, reference)
  VALUES (caller.id, target.id, -p_amount, 'return.out', target.parent_id::text);
  INSERT INTO quota_movement (actor_user_id, group_id, amount, reason, reference)
  VALUES (caller.id, target.parent_id, p_amount, 'return.in', target.id::text);
  PERFORM smsdesk._audit('quota.return_group', smsdesk.group_path(target.id), target.id,
                         jsonb_build_object('amount', p_amount, 'balance', new_balance));
  RETURN new_balance;
END $$;

REVOKE ALL ON FUNCTION smsdesk.quota_return_group(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.quota_return_group(bigint, bigint) TO "__P__admin";
