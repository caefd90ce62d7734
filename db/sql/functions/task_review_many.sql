-- Bulk decision on a selection: each task is checked and decided on its own (in id order, so two reviewers
-- cannot deadlock); one refusal does not stop the others. Returns one row per distinct id given:
-- status = the new status or NULL when refused; reason / message say why.
CREATE OR REPLACE FUNCTION smsdesk.task_review_many(p_tasks bigint[], p_approve boolean, p_reason text DEFAULT NULL)
RETURNS TABLE (task_id bigint, status text, reason text, message text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
DECLARE caller app_user := smsdesk.me(); t send_task; problem jsonb; one_id bigint;
        clean text := nullif(btrim(coalesce(p_reason, '')), '');
BEGIN
  IF caller.id IS NULL AND NOT smsdesk.is_system() THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF NOT smsdesk.is_system() AND NOT (caller.kind = 'admin' OR caller.is_reviewer) THEN
    PERFORM smsdesk._approval_fail('SD403', 'out_of_scope', 'only reviewers and administrators review tasks');
  END IF;
  IF coalesce(cardinality(p_tasks), 0) > 10000 THEN
    PERFORM smsdesk._fail('SD422', 'at most 10,000 tasks at once');
  END IF;
  FOR one_id IN SELECT DISTINCT x FROM unnest(p_tasks) AS x WHERE x IS NOT NULL ORDER BY x LOOP
    t := NULL;
    SELECT * INTO t FROM send_task s WHERE s.id = one_id FOR UPDATE;
    problem := smsdesk._task_review_problem(t, caller, p_approve, clean);
    task_id := one_id;
    IF problem IS NOT NULL THEN
      status := NULL;
      reason := problem->>'reason';
      message := problem->>'message';
    ELSE
      status := smsdesk._task_review_apply(t, caller, p_approve, clean);
      reason := NULL;
      message := NULL;
    END IF;
    RETURN NEXT;
  END LOOP;
END $$;

REVOKE ALL ON FUNCTION smsdesk.task_review_many(bigint[], boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.task_review_many(bigint[], boolean, text) TO "__P__reviewer";
