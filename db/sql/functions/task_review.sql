-- ---------------------------------------------------------------------------------------------------
-- Tasks (APR-2). Same signature as revision 0004's, which this replaces.
CREATE OR REPLACE FUNCTION smsdesk.task_review(p_task bigint, p_approve boolean, p_reason text DEFAULT NULL)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
DECLARE caller app_user := smsdesk.me(); t send_task; problem jsonb;
        reason text := nullif(btrim(coalesce(p_reason, '')), '');
BEGIN
  SELECT * INTO t FROM send_task WHERE id = p_task FOR UPDATE;
  problem := smsdesk._task_review_problem(t, caller, p_approve, reason);
  IF problem IS NOT NULL THEN
    PERFORM smsdesk._approval_fail(problem->>'sqlstate', problem->>'reason', problem->>'message',
                                   problem - 'sqlstate' - 'reason' - 'message');
  END IF;
  RETURN smsdesk._task_review_apply(t, caller, p_approve, reason);
END $$;

REVOKE ALL ON FUNCTION smsdesk.task_review(bigint, boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.task_review(bigint, boolean, text) TO "__P__operator", "__P__reviewer";
