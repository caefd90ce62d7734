-- The body revision 0006 installed: 0006 loads it, and the downgrade of the revision that replaced it
-- puts it back. The current definition is functions/_task_review_apply.sql.
-- Carries out a decision already checked (the row is locked by the caller); returns the new status.
CREATE OR REPLACE FUNCTION smsdesk._task_review_apply(p_task smsdesk.send_task, p_caller smsdesk.app_user, p_approve boolean,
                                           p_reason text)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan SET jit = off AS $$
DECLARE next_status text; n int := 0;
BEGIN
  IF p_approve THEN
    next_status := CASE WHEN p_task.send_at > now() THEN 'scheduled' ELSE 'queued' END;
    INSERT INTO message_queue (message_id, task_id, carrier, ready_at)
    SELECT m.id, m.task_id, coalesce(m.carrier, ''), p_task.send_at FROM message m
     WHERE m.task_id = p_task.id AND m.status = 'queued';
  ELSE
    next_status := 'rejected';
  END IF;
  UPDATE send_task SET status = next_status, reviewed_by = p_caller.id, reviewed_at = now(),
                       review_reason = p_reason, updated_at = now()
   WHERE id = p_task.id;
  IF NOT p_approve THEN
    n := smsdesk._task_stop_unsent(p_task.id, 'cancelled');
  END IF;
  PERFORM smsdesk._audit(CASE WHEN p_approve THEN 'task.approve' ELSE 'task.reject' END, p_task.name, p_task.group_id,
                         jsonb_build_object('task', p_task.id, 'reason', p_reason, 'status', next_status,
                                            'owner', p_task.owner_id, 'recipients', p_task.recipient_count,
                                            'reserved', p_task.reserved, 'refunded_messages', n));
  PERFORM pg_notify('smsdesk_task', p_task.id::text);
  IF p_approve THEN
    PERFORM pg_notify('smsdesk_dispatch', p_task.id::text);
  END IF;
  RETURN next_status;
END $$;

REVOKE ALL ON FUNCTION smsdesk._task_review_apply(smsdesk.send_task, smsdesk.app_user, boolean, text) FROM PUBLIC;
