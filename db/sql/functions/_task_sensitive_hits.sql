-- Words found in anything the task would send: signature, content, marketing suffix, personalised bodies.
CREATE OR REPLACE FUNCTION smsdesk._task_sensitive_hits(p_task smsdesk.send_task) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
  SELECT coalesce(array_agg(DISTINCT w.word ORDER BY w.word), '{}')
    FROM sensitive_word w
   WHERE strpos(smsdesk.word_fold(concat_ws(E'\n', p_task.signature, p_task.content, p_task.opt_out)), w.folded) > 0
      OR EXISTS (SELECT 1 FROM (SELECT DISTINCT m.body FROM message m
                                 WHERE m.task_id = p_task.id AND m.body IS NOT NULL) b
                  WHERE strpos(smsdesk.word_fold(b.body), w.folded) > 0)
$$;

REVOKE ALL ON FUNCTION smsdesk._task_sensitive_hits(smsdesk.send_task) FROM PUBLIC;
