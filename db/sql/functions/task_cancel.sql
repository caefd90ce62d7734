-- Cancels a task that has not finished (LOG-3): its owner, or an administrator over its group. Messages not
-- yet sent are cancelled and their segments refunded; returns how many.
CREATE OR REPLACE FUNCTION smsdesk.task_cancel(p_task bigint) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk.me(); t send_task; n int;
BEGIN
  SELECT * INTO t FROM send_task WHERE id = p_task FOR UPDATE;
  IF t.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such task');
  END IF;
  IF caller.id IS NULL OR (t.owner_id <> caller.id AND NOT smsdesk.is_system()) THEN
    PERFORM smsdesk._require_admin_over(t.group_id);
  END IF;
  IF t.status NOT IN ('preview', 'awaiting_review', 'scheduled', 'queued', 'sending') THEN
    PERFORM smsdesk._fail('SD409', format('a %s task cannot be cancelled', t.status));
  END IF;
  UPDATE send_task SET status = 'cancelled', updated_at = now() WHERE id = p_task;
  n := smsdesk._task_stop_unsent(p_task, 'cancelled');
  PERFORM smsdesk._audit('task.cancel', t.name, t.group_id, jsonb_build_object('task', p_task, 'cancelled', n));
  PERFORM pg_notify('smsdesk_task', p_task::text);
  RETURN n;
END $$;

REVOKE ALL ON FUNCTION smsdesk.task_cancel(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.task_cancel(bigint) TO "__P__operator";
