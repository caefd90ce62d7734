-- LOG-2: a new task, as the caller, to the failed numbers of a task they read (its owner, or an administrator or
-- reviewer over its group), with the same kind, content, signature and template (a template send's failures keep
-- their own texts); p_skip leaves out the failure categories not worth another try. The numbers go from the old task
-- to the new one inside the database, so a caller who may see them only masked never reads them (SEC-3). Queued by
-- task_queue (quota, review mode, blacklists, audit) under p_key, so a retried resend returns the first task.
CREATE OR REPLACE FUNCTION smsdesk.task_resend(p_key uuid, p_task bigint, p_name text, p_skip text[] DEFAULT '{}')
RETURNS TABLE (task_id bigint, recipients integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
DECLARE caller app_user := smsdesk.me(); src send_task; nums text[]; cars text[]; bodies text[]; personal boolean;
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  SELECT t.* INTO src FROM send_task t
   WHERE t.id = p_task
     AND (t.owner_id = caller.id OR (smsdesk.i_oversee() AND t.group_id = ANY (smsdesk.my_scope_groups())));
  IF src.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such task');
  END IF;
  SELECT array_agg(m.number ORDER BY m.id), array_agg(coalesce(m.carrier, '') ORDER BY m.id),
         array_agg(coalesce(m.body, src.content) ORDER BY m.id), bool_or(m.body IS NOT NULL)
    INTO nums, cars, bodies, personal
    FROM message m
   WHERE m.task_id = p_task AND m.status = 'failed'
     AND NOT (coalesce(m.failure_category, '') = ANY (coalesce(p_skip, '{}')));
  IF nums IS NULL THEN
    PERFORM smsdesk._fail('SD422', 'the task has no failed numbers to send again');
  END IF;
  -- (task_queue counts the segments and gives marketing the installation's opt-out suffix itself)
  task_id := smsdesk.task_queue(p_key, p_name, src.kind, src.content, src.signature, src.opt_out, 1, NULL, NULL,
                                src.template_id, nums, cars, CASE WHEN personal THEN bodies END, NULL);
  recipients := cardinality(nums);
  RETURN NEXT;
END $$;

REVOKE ALL ON FUNCTION smsdesk.task_resend(uuid, bigint, text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.task_resend(uuid, bigint, text, text[]) TO "__P__operator";
