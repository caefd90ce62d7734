-- Approvals (issue #8; APR-1, APR-2, USR-2, SEC-1, SEC-2): template review and task (content) review,
-- enforced here so that a modified console cannot skip them. House rules as in 0001.
--
-- Who decides: an active reviewer or administrator whose group is the submitter's group or one of its
-- ancestors (for a template: its group and its author's group), never the submitter. What may be decided:
--   template  pending   -> approved | rejected
--             rejected  -> approved                 (APR-1: a rejected template is reviewed again)
--             approved  -> nothing (SD409); rejected -> rejected again is refused too (nothing to decide)
--   task      awaiting_review -> queued | scheduled (approve) | rejected (its unsent part cancelled, refunded)
--             anything else   -> nothing (SD409)
-- A rejection needs a reason (1..500 characters, SD422).
-- Approving a task checks again, at the moment of approval:
--   * the submitter's account is still normal (not disabled or deleted)              SD409 submitter_inactive
--   * the quota reserved at submit still covers the unsent messages and is still
--     counted in the submitter's used quota (not refunded or reset meanwhile)        SD402 quota
--   * the task's end time has not passed                                            SD409 expired
--   * no sensitive word (the list as it is now) is in its signature, content,
--     marketing suffix or any personalised body; the reviewer must reject instead,
--     because the dispatcher would refuse every message anyway (SEC-4)             SD422 sensitive_words
-- The review functions run with jit = off: their statements are tiny, and compiling them cost 100+ ms each.
-- Refusals carry a DETAIL of JSON {"reason": <key>, ...} that services/approvals.py reads.
-- Every decision is audited (template.approve / template.reject / task.approve / task.reject). The queues'
-- counts change with NOTIFY smsdesk_approval, payload 'task' or 'template' (one per transaction and kind).

-- ---------------------------------------------------------------------------------------------------
-- Live count: a notification whenever an item enters or leaves a queue, whoever causes it.
CREATE FUNCTION smsdesk.tg_approval_notify() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  PERFORM pg_notify('smsdesk_approval', TG_ARGV[0]);
  RETURN NULL;
END $$;

CREATE TRIGGER send_task_approval_insert AFTER INSERT ON smsdesk.send_task
  FOR EACH ROW WHEN (NEW.status = 'awaiting_review')
  EXECUTE FUNCTION smsdesk.tg_approval_notify('task');
CREATE TRIGGER send_task_approval_update AFTER UPDATE OF status ON smsdesk.send_task
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
                     AND (OLD.status = 'awaiting_review' OR NEW.status = 'awaiting_review'))
  EXECUTE FUNCTION smsdesk.tg_approval_notify('task');
CREATE TRIGGER send_task_approval_delete AFTER DELETE ON smsdesk.send_task
  FOR EACH ROW WHEN (OLD.status = 'awaiting_review')
  EXECUTE FUNCTION smsdesk.tg_approval_notify('task');

CREATE TRIGGER message_template_approval_insert AFTER INSERT ON smsdesk.message_template
  FOR EACH ROW EXECUTE FUNCTION smsdesk.tg_approval_notify('template');
CREATE TRIGGER message_template_approval_update AFTER UPDATE ON smsdesk.message_template
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.updated_at IS DISTINCT FROM NEW.updated_at)
  EXECUTE FUNCTION smsdesk.tg_approval_notify('template');
CREATE TRIGGER message_template_approval_delete AFTER DELETE ON smsdesk.message_template
  FOR EACH ROW EXECUTE FUNCTION smsdesk.tg_approval_notify('template');

-- ---------------------------------------------------------------------------------------------------
-- Helpers (granted to nobody).

-- A refusal with a machine-readable reason for the console.
CREATE FUNCTION smsdesk._approval_fail(p_code text, p_reason text, p_message text, p_extra jsonb DEFAULT '{}')
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', p_message USING ERRCODE = p_code,
    DETAIL = (jsonb_build_object('reason', p_reason) || coalesce(p_extra, '{}'))::text;
END $$;

-- The sensitive words (as listed) found in p_text, folded the way the matcher folds.
CREATE FUNCTION smsdesk.sensitive_hits(p_text text) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT coalesce(array_agg(w.word ORDER BY w.word), '{}')
    FROM sensitive_word w
   WHERE p_text IS NOT NULL AND strpos(smsdesk.word_fold(p_text), w.folded) > 0
$$;

-- Words found in anything the task would send: signature, content, marketing suffix, personalised bodies.
CREATE FUNCTION smsdesk._task_sensitive_hits(p_task smsdesk.send_task) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
  SELECT coalesce(array_agg(DISTINCT w.word ORDER BY w.word), '{}')
    FROM sensitive_word w
   WHERE strpos(smsdesk.word_fold(concat_ws(E'\n', p_task.signature, p_task.content, p_task.opt_out)), w.folded) > 0
      OR EXISTS (SELECT 1 FROM (SELECT DISTINCT m.body FROM message m
                                 WHERE m.task_id = p_task.id AND m.body IS NOT NULL) b
                  WHERE strpos(smsdesk.word_fold(b.body), w.folded) > 0)
$$;

-- Why the caller may not decide this task now: NULL when they may, else {sqlstate, reason, message, words}.
CREATE FUNCTION smsdesk._task_review_problem(p_task smsdesk.send_task, p_caller smsdesk.app_user, p_approve boolean,
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

-- Carries out a decision already checked (the row is locked by the caller); returns the new status.
CREATE FUNCTION smsdesk._task_review_apply(p_task smsdesk.send_task, p_caller smsdesk.app_user, p_approve boolean,
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

-- Bulk decision on a selection: each task is checked and decided on its own (in id order, so two reviewers
-- cannot deadlock); one refusal does not stop the others. Returns one row per distinct id given:
-- status = the new status or NULL when refused; reason / message say why.
CREATE FUNCTION smsdesk.task_review_many(p_tasks bigint[], p_approve boolean, p_reason text DEFAULT NULL)
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

-- ---------------------------------------------------------------------------------------------------
-- Templates (APR-1). Same signature as revision 0002's, which this replaces.
CREATE OR REPLACE FUNCTION smsdesk.template_review(p_id bigint, p_approve boolean, p_reason text DEFAULT NULL)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); target message_template; author app_user;
        reason text := nullif(btrim(coalesce(p_reason, '')), '');
BEGIN
  SELECT * INTO target FROM message_template WHERE id = p_id FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._approval_fail('SD404', 'not_found', 'no such template');
  END IF;
  IF caller.id IS NOT NULL THEN
    SELECT * INTO author FROM app_user WHERE id = target.owner_id;
    IF NOT (caller.kind = 'admin' OR caller.is_reviewer)
       OR NOT smsdesk.group_in_subtree(target.group_id, caller.group_id)
       OR NOT smsdesk.group_in_subtree(author.group_id, caller.group_id) THEN
      PERFORM smsdesk._approval_fail('SD403', 'out_of_scope', 'only a reviewer over the template''s group reviews it');
    END IF;
    IF caller.id = target.owner_id THEN
      PERFORM smsdesk._approval_fail('SD403', 'own', 'nobody reviews their own template');
    END IF;
  END IF;
  IF p_approve IS NULL THEN
    PERFORM smsdesk._approval_fail('SD422', 'invalid', 'approve or reject');
  END IF;
  IF target.status = 'approved' THEN
    PERFORM smsdesk._approval_fail('SD409', 'decided', 'the template is already approved',
                                   jsonb_build_object('status', target.status));
  END IF;
  IF target.status = 'rejected' AND NOT p_approve THEN
    PERFORM smsdesk._approval_fail('SD409', 'decided', 'the template is already rejected',
                                   jsonb_build_object('status', target.status));
  END IF;
  IF NOT p_approve AND reason IS NULL THEN
    PERFORM smsdesk._approval_fail('SD422', 'reason_required', 'a rejection needs a reason');
  END IF;
  IF length(reason) > 500 THEN
    PERFORM smsdesk._approval_fail('SD422', 'reason_too_long', 'a reason has at most 500 characters');
  END IF;
  UPDATE message_template
     SET status = CASE WHEN p_approve THEN 'approved' ELSE 'rejected' END, reviewer_id = caller.id,
         review_reason = reason, reviewed_at = now()
   WHERE id = p_id;
  PERFORM smsdesk._audit(CASE WHEN p_approve THEN 'template.approve' ELSE 'template.reject' END, target.name,
                         target.group_id, jsonb_build_object('template', p_id, 'reason', reason, 'was', target.status,
                                                             'owner', target.owner_id));
END $$;

-- ---------------------------------------------------------------------------------------------------
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA smsdesk FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.sensitive_hits(text) TO "__P__operator";
GRANT EXECUTE ON FUNCTION
  smsdesk.task_review(bigint, boolean, text), smsdesk.task_review_many(bigint[], boolean, text),
  smsdesk.template_review(bigint, boolean, text)
  TO "__P__reviewer";
