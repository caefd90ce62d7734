-- Why the caller may not decide this task now: NULL when they may, else {sqlstate, reason, message, words}.
CREATE OR REPLACE FUNCTION smsdesk._task_review_problem(p_task smsdesk.send_task, p_caller smsdesk.app_user, p_approve boolean,
                                             p_reason text)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan SET jit = off AS $$
DECLARE owner app_user; hits text[]; need bigint; held bigint;
BEGIN
  IF p_task.id IS NULL THEN
    RETURN jsonb_build_object('sqlstate', 'SD404', 'reason', 'not_found', 'message', 'no such task');
  END IF;
  IF NOT smsdesk.is_system() THEN
    IF p_caller.id IS NULL THEN
      RETURN jsonb_build_object('sqlstate', 'SD401', 'reason', 'disabled', 'message', 'this account is disabled');
    END IF;
    IF NOT (p_caller.kind = 'admin' OR p_caller.is_reviewer)
       OR NOT smsdesk.group_in_subtree(p_task.group_id, p_caller.group_id) THEN
      RETURN jsonb_build_object('sqlstate', 'SD403', 'reason', 'out_of_scope',
                                'message', 'only a reviewer over the task''s group may review it');
    END IF;
    IF p_caller.id = p_task.owner_id THEN
      RETURN jsonb_build_object('sqlstate', 'SD403', 'reason', 'own', 'message', 'you cannot review your own task');
    END IF;
  END IF;
  IF p_task.status <> 'awaiting_review' THEN
    RETURN jsonb_build_object('sqlstate', 'SD409', 'reason', 'decided', 'message', 'the task is not waiting for review',
                              'status', p_task.status);
  END IF;
  IF p_approve IS NULL THEN
    RETURN jsonb_build_object('sqlstate', 'SD422', 'reason', 'invalid', 'message', 'approve or reject');
  END IF;
  IF NOT p_approve THEN
    IF p_reason IS NULL THEN
      RETURN jsonb_build_object('sqlstate', 'SD422', 'reason', 'reason_required', 'message', 'a rejection needs a reason');
    END IF;
    IF length(p_reason) > 500 THEN
      RETURN jsonb_build_object('sqlstate', 'SD422', 'reason', 'reason_too_long',
                                'message', 'a reason has at most 500 characters');
    END IF;
    RETURN NULL;
  END IF;
  SELECT * INTO owner FROM app_user WHERE id = p_task.owner_id;
  IF owner.status IS DISTINCT FROM 'normal' THEN
    RETURN jsonb_build_object('sqlstate', 'SD409', 'reason', 'submitter_inactive',
                              'message', 'the submitter''s account is disabled or deleted: reject the task instead');
  END IF;
  -- The reservation made at submit must still be there: what is held for the task covers its unsent
  -- messages, and the submitter's used quota still counts it (app_user's own check keeps used <= limit).
  SELECT coalesce(sum(m.segments), 0) INTO need FROM message m WHERE m.task_id = p_task.id AND m.status = 'queued';
  held := p_task.reserved - p_task.charged - p_task.refunded;
  IF held < need OR owner.quota_used < held THEN
    RETURN jsonb_build_object('sqlstate', 'SD402', 'reason', 'quota',
      'message', format('the quota reserved for the task no longer covers it: %s segments needed, %s held, '
                        'the submitter''s used quota is %s', need, held, owner.quota_used),
      'needed', need, 'held', held, 'used', owner.quota_used);
  END IF;
  IF p_task.expires_at IS NOT NULL AND p_task.expires_at <= now() THEN
    RETURN jsonb_build_object('sqlstate', 'SD409', 'reason', 'expired', 'message', 'the task''s end time has passed');
  END IF;
  hits := smsdesk._task_sensitive_hits(p_task);
  IF cardinality(hits) > 0 THEN
    RETURN jsonb_build_object('sqlstate', 'SD422', 'reason', 'sensitive_words',
      'message', format('the content contains sensitive words: %s', array_to_string(hits, ', ')),
      'words', to_jsonb(hits));
  END IF;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk._task_review_problem(smsdesk.send_task, smsdesk.app_user, boolean, text) FROM PUBLIC;
