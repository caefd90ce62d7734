-- The check a caller may change (cancel, delete): their own, or one of a group an administrator is over.
CREATE OR REPLACE FUNCTION smsdesk._check_task_for_change(p_task bigint) RETURNS smsdesk.check_task
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE t check_task; caller app_user := smsdesk.me();
BEGIN
  IF caller.id IS NULL AND NOT smsdesk.is_system() THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  SELECT * INTO t FROM check_task WHERE id = p_task FOR UPDATE;
  IF t.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such number check');
  END IF;
  IF NOT smsdesk.is_system() AND t.owner_id <> caller.id
     AND NOT (caller.kind = 'admin' AND smsdesk.group_in_subtree(t.group_id, caller.group_id)) THEN
    PERFORM smsdesk._fail('SD403', 'that number check is not yours');
  END IF;
  RETURN t;
END $$;

REVOKE ALL ON FUNCTION smsdesk._check_task_for_change(bigint) FROM PUBLIC;
