-- The body revision 0004 installed: 0004 loads it, and the downgrade of the revision that replaced it
-- puts it back. The current definition is functions/task_review.sql.
CREATE OR REPLACE FUNCTION smsdesk.task_review(p_task bigint, p_approve boolean, p_reason text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk.me(); t send_task; next_status text;
BEGIN
  SELECT * INTO t FROM send_task WHERE id = p_task FOR UPDATE;
  IF t.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such task');
  END IF;
  IF NOT smsdesk.is_system() THEN
    IF caller.id IS NULL OR NOT (caller.kind = 'admin' OR caller.is_reviewer)
       OR NOT smsdesk.group_in_subtree(t.group_id, caller.group_id) THEN
      PERFORM smsdesk._fail('SD403', 'only a reviewer over the task''s group may review it');
    END IF;
    IF caller.id = t.owner_id THEN
      PERFORM smsdesk._fail('SD403', 'you cannot review your own task');
    END IF;
  END IF;
  IF t.status <> 'awaiting_review' THEN
    PERFORM smsdesk._fail('SD409', 'the task is not waiting for review');
  END IF;
  IF p_approve THEN
    next_status := CASE WHEN t.send_at > now() THEN 'scheduled' ELSE 'queued' END;
    INSERT INTO message_queue (message_id, task_id, carrier, ready_at)
    SELECT m.id, m.task_id, coalesce(m.carrier, ''), t.send_at FROM message m
     WHERE m.task_id = p_task AND m.status = 'queued';
  ELSE
    next_status := 'rejected';
  END IF;
  UPDATE send_task SET status = next_status, reviewed_by = caller.id, reviewed_at = now(),
                       review_reason = nullif(btrim(coalesce(p_reason, '')), ''), updated_at = now()
   WHERE id = p_task;
  IF NOT p_approve THEN
    PERFORM smsdesk._task_stop_unsent(p_task, 'cancelled');
  END IF;
  PERFORM smsdesk._audit(CASE WHEN p_approve THEN 'task.approve' ELSE 'task.reject' END, t.name, t.group_id,
                         jsonb_build_object('task', p_task, 'reason', p_reason));
  PERFORM pg_notify('smsdesk_task', p_task::text);
  IF p_approve THEN
    PERFORM pg_notify('smsdesk_dispatch', p_task::text);
  END IF;
  RETURN next_status;
END $$;

REVOKE ALL ON FUNCTION smsdesk.task_review(bigint, boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.task_review(bigint, boolean, text) TO "__P__operator";
