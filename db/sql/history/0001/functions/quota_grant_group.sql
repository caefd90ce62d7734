-- Quotas are counted in segments (USR-2), and a balance only moves together with a quota_movement
-- row. A group's grant comes out of its parent's balance (row locks in path order, so concurrent grants neither
-- overspend nor deadlock); a top-level group is funded from nothing, by IT or an administrator of that group.
CREATE OR REPLACE FUNCTION smsdesk.quota_grant_group(p_group bigint, p_amount bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target user_group; source user_group; caller app_user; new_balance bigint;
BEGIN
  IF p_amount IS NULL OR p_amount <= 0 THEN
    PERFORM smsdesk._fail('SD422', 'a grant is a positive number of segments');
  END IF;
  SELECT * INTO target FROM user_group WHERE id = p_group;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such group');
  END IF;
  IF target.parent_id IS NULL THEN
    -- The root is funded from nothing, by IT or by an administrator of that root group.
    IF NOT smsdesk.is_system() THEN
      caller := smsdesk.me();
      IF caller.id IS NULL OR caller.kind <> 'admin' OR caller.group_id <> target.id THEN
        PERFORM smsdesk._fail('SD403', 'only an administrator of the top-level group funds it');
      END IF;
    END IF;
  ELSE
    caller := smsdesk._require_admin_over(target.parent_id);
    -- lock parent before child, in id order along the path, so concurrent grants cannot deadlock
    SELECT * INTO source FROM user_group WHERE id = target.parent_id FOR UPDATE;
    IF source.quota_balance < p_amount THEN
      PERFORM smsdesk._fail('SD402', format('group "%s" holds %s segments, %s asked',
                                           source.name, source.quota_balance, p_amount));
    END IF;
    UPDATE user_group SET quota_balance = quota_balance - p_amount, updated_at = now() WHERE id = source.id;
    INSERT INTO quota_movement (actor_user_id, group_id, amount, reason, reference)
    VALUES (caller.id, source.id, -p_amount, 'grant.out', target.id::text);
  END IF;
  UPDATE user_group SET quota_balance = quota_balance + p_amount, updated_at = now()
   WHERE id = target.id RETURNING quota_balance INTO new_balance;
  INSERT INTO quota_movement (actor_user_id, group_id, amount, reason, reference)
  VALUES (caller.id, target.id, p_amount, 'grant.in', target.parent_id::text);
  PERFORM smsdesk._audit('quota.grant_group', smsdesk.group_path(target.id), target.id,
                         jsonb_build_object('amount', p_amount, 'balance', new_balance));
  RETURN new_balance;
END $$;

REVOKE ALL ON FUNCTION smsdesk.quota_grant_group(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.quota_grant_group(bigint, bigint) TO "__P__admin";
