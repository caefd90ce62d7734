-- Approves or rejects a task awaiting review (APR-2). Who decides: an active reviewer or administrator
-- whose group is the submitter's group or one of its ancestors, never the submitter; only an awaiting_review task
-- (SD409 otherwise); a rejection needs a reason (1-500 characters, SD422). Approving checks again, at that moment:
-- the submitter's account is still normal (SD409 submitter_inactive), the quota reserved at submit still covers
-- the unsent messages and is still counted in the submitter's used quota (SD402 quota), the end time has not passed
-- (SD409 expired), and no sensitive word (the list as it is now) is in the signature, content, marketing suffix or
-- any personalised body (SD422 sensitive_words: the dispatcher would refuse every message anyway, SEC-4).
-- The checks are _task_review_problem, the decision _task_review_apply; refusals carry a JSON DETAIL
-- (_approval_fail). Runs with jit = off: its statements are tiny, and compiling them cost 100+ ms each.
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
