-- Queues a task (SEND-8) for the caller, in one transaction: checks everything a modified console could
-- fake (kind, name, content, E.164 numbers, a template's approval and that every body follows it, the end time),
-- drops numbers given twice (SEND-6), fails the blacklisted ones, reserves exactly the segments of the rest under
-- the user's row lock (SD402 with the shortfall otherwise), and writes the task and its messages: awaiting review
-- for review-mode users or groups, else scheduled or queued with a task_feed row from which the dispatchers move
-- the messages into the queue a slice at a time (_task_feed). The same p_key twice (a retried submit) returns the
-- first task. Audited; NOTIFY smsdesk_task.
--
-- What goes on the air is the database's, not the client's (SEC-1, SEC-4, SET-5, SEND-3, TPL-3): the signature
-- must be one of the library's for the caller's group or a group above it; marketing carries the installation's
-- opt-out suffix (setting opt_out_suffix; whatever p_opt_out says); without a signature no text may pose as one
-- (begin with 【); no text may end with a 】 (a second signature); personal bodies come only with an approved
-- template they follow; sensitive words are masked with "*" or refused (setting sensitive_words_mode); and the
-- segments billed, reserved and shown to a reviewer are counted here (sms_segments of sms_text), in one pass over
-- the bodies: p_segments and p_body_segments are ignored.
--
-- A million recipients are queued in a few seconds: every pass over the arrays is a hash or a plain scan (no sort
-- of the numbers), the arrays are never copied into variables, each recipient is written once (its message), and
-- the plans are custom (plan_cache_mode): the planner sees the arrays' real sizes, and the short lists (duplicates,
-- blacklisted numbers) become hashed constants. Blacklists are one hash join (_blacklisted_e164).
CREATE OR REPLACE FUNCTION smsdesk.task_queue(
  p_key uuid, p_name text, p_kind text, p_content text, p_signature text, p_opt_out text, p_segments int,
  p_send_at timestamptz, p_expires_at timestamptz, p_template_id bigint, p_numbers text[], p_carriers text[],
  p_bodies text[] DEFAULT NULL, p_body_segments int[] DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp
SET plan_cache_mode = force_custom_plan SET jit = off SET work_mem = '256MB' AS $$
DECLARE caller app_user := smsdesk.me(); grp user_group; found_id bigint; found_owner bigint; new_id bigint;
        total int; bad bigint; blocked text[]; need bigint; have bigint; new_status text; n_blocked int;
        start_at timestamptz := coalesce(p_send_at, now());
        dup_numbers text[]; drop_ords bigint[];
        sig text; opt text; content text := p_content; seg int; patterns text[]; fold_class text; mode text;
        hits text[];
        bodies text[]; body_segs int[]; n_masked int := 0; min_seg int; any_bad boolean;
        any_pose boolean; like_pattern text; off_template boolean;
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF p_key IS NULL THEN
    PERFORM smsdesk._fail('SD422', 'a task needs its key');
  END IF;
  -- the same key twice (a retried submit) returns the first task; concurrent twins wait for each other
  PERFORM pg_advisory_xact_lock(hashtextextended(p_key::text, 7));
  SELECT id, owner_id INTO found_id, found_owner FROM send_task WHERE task_key = p_key;
  IF found_id IS NOT NULL THEN
    IF found_owner <> caller.id THEN
      PERFORM smsdesk._fail('SD409', 'that task key belongs to another task');
    END IF;
    RETURN found_id;
  END IF;
  IF p_kind IS NULL OR p_kind NOT IN ('verification', 'notification', 'marketing', 'alert') THEN
    PERFORM smsdesk._fail('SD422', 'unknown message kind');
  END IF;
  IF p_name IS NULL OR length(btrim(p_name)) NOT BETWEEN 1 AND 200 THEN
    PERFORM smsdesk._fail('SD422', 'a task name has 1 to 200 characters');
  END IF;
  IF p_content IS NULL OR btrim(p_content) = '' OR length(p_content) > 1000 THEN
    PERFORM smsdesk._fail('SD422', 'the content is empty or too long');
  END IF;
  total := coalesce(cardinality(p_numbers), 0);
  IF total = 0 THEN
    PERFORM smsdesk._fail('SD422', 'a task needs at least one recipient');
  END IF;
  IF coalesce(cardinality(p_carriers), 0) <> total OR (p_bodies IS NOT NULL AND cardinality(p_bodies) <> total) THEN
    PERFORM smsdesk._fail('SD422', 'recipients, carriers and bodies must come in equal numbers');
  END IF;
  -- E.164: '+', a first digit 1-9, 7 to 15 digits in all. A number is its own bigint's text (no sign, space,
  -- leading zero, '_' or hex), five times cheaper than the regular expression, which counts only when a cast
  -- fails.
  BEGIN
    SELECT count(*) INTO bad FROM unnest(p_numbers) AS n
     WHERE n IS NULL OR length(n) NOT BETWEEN 8 AND 16 OR n <> '+' || abs(substr(n, 2)::bigint);
  EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
    SELECT count(*) INTO bad FROM unnest(p_numbers) AS n WHERE n IS NULL OR n !~ '^\+[1-9][0-9]{6,14}$';
  END;
  IF bad > 0 THEN
    PERFORM smsdesk._fail('SD422', format('%s recipients are not E.164 numbers', bad));
  END IF;
  IF p_bodies IS NOT NULL AND p_template_id IS NULL THEN
    PERFORM smsdesk._fail('SD422', 'personal messages are sent only through an approved template');
  END IF;
  IF p_expires_at IS NOT NULL AND p_expires_at <= start_at THEN
    PERFORM smsdesk._fail('SD422', 'the end time must come after the start time');
  END IF;
  -- A template send (TPL-2, TPL-3): only an approved template the caller may use, its own kind and text,
  -- and every personal body must be that text with its 【variables】 filled in.
  IF p_template_id IS NOT NULL THEN
    IF NOT smsdesk.template_usable(p_template_id) THEN
      PERFORM smsdesk._fail('SD403', 'the template is not approved for sending');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM message_template t
                    WHERE t.id = p_template_id AND t.kind = p_kind AND t.content = p_content) THEN
      PERFORM smsdesk._fail('SD422', 'the messages do not follow the template');
    END IF;
    -- each body is matched in the pass over the bodies below, as a LIKE pattern (twenty times faster than a
    -- regular expression here): 【name】 -> %
    SELECT regexp_replace(replace(replace(replace(t.content, '\', '\\'), '%', '\%'), '_', '\_'), '【[^】]*】', '%', 'g')
      INTO like_pattern FROM message_template t WHERE t.id = p_template_id;
    IF p_bodies IS NULL AND p_content ~ '【[^】]*】' THEN
      PERFORM smsdesk._fail('SD422', 'a template with variables is sent with a message per recipient');
    END IF;
  END IF;

  -- The signature: the library's, for the caller's group or a group above it (SET-5).
  IF nullif(btrim(p_signature), '') IS NOT NULL THEN
    sig := smsdesk._signature_text(p_signature);
    IF NOT EXISTS (SELECT 1 FROM signature s JOIN user_group g ON g.id = caller.group_id
                    WHERE s.text = sig AND s.group_id = ANY (g.id_path)) THEN
      PERFORM smsdesk._fail('SD403', format('the signature 【%s】 is not in your group''s library', sig));
    END IF;
  END IF;
  -- Marketing always carries the installation's opt-out suffix (SEND-3).
  IF p_kind = 'marketing' THEN
    opt := smsdesk.setting('opt_out_suffix') #>> '{}';
  END IF;
  patterns := smsdesk._sensitive_patterns();
  fold_class := smsdesk._sensitive_fold_class();
  mode := coalesce(smsdesk.setting('sensitive_words_mode') #>> '{}', 'replace');

  -- Each text that goes out, in one pass over the bodies (in the order given: plain scans, no sort, no join):
  -- no text poses as a signature (without one it may not begin with 【, and none ends with 】); sensitive words
  -- (SEC-4) are masked with "*", or refused, as the installation says, every word tested at once (a few regular
  -- expressions, _sensitive_patterns; case ignored, and word_fold first only where a full-width form could matter,
  -- _sensitive_fold_class); then the segments of what goes out.
  IF p_bodies IS NULL THEN
    IF (sig IS NULL AND left(btrim(p_content, E' \t\r\n\u3000'), 1) = '【')
       OR right(btrim(p_content, E' \t\r\n\u3000'), 1) = '】' THEN
      PERFORM smsdesk._fail('SD422', 'a message cannot begin or end with a signature of its own in 【】');
    END IF;
    IF patterns IS NOT NULL AND smsdesk.word_fold(content) ~ ANY (patterns) THEN
      IF mode = 'refuse' THEN
        hits := smsdesk.sensitive_hits(content);
        RAISE EXCEPTION 'the content contains sensitive words: %', array_to_string(hits, ', ')
          USING ERRCODE = 'SD422', DETAIL = json_build_object('reason', 'sensitive_words', 'words', hits)::text;
      END IF;
      content := smsdesk._sensitive_mask(content);
    END IF;
    seg := smsdesk.sms_segments(smsdesk.sms_text(p_kind, sig, content, opt));
  ELSE
    IF patterns IS NOT NULL AND smsdesk.word_fold(content) ~ ANY (patterns) THEN  -- the template's own text
      content := smsdesk._sensitive_mask(content);
    END IF;
    -- (the bodies as sent are collected only when there are sensitive words to mask)
    SELECT array_agg(x.sent) FILTER (WHERE patterns IS NOT NULL), array_agg(x.seg),
           count(*) FILTER (WHERE x.sent <> x.b), max(x.seg), min(x.seg),
           bool_or(x.bad), bool_or(x.poses), bool_or(x.off_template)
      INTO bodies, body_segs, n_masked, seg, min_seg, any_bad, any_pose, off_template
      FROM (SELECT m.b, m.sent, smsdesk.sms_segments(smsdesk.sms_text(p_kind, sig, m.sent, opt)) AS seg,
                   m.b IS NULL OR m.b NOT LIKE like_pattern AS off_template,
                   btrim(m.b) = '' OR length(m.b) > 1000 AS bad,
                   (sig IS NULL AND left(m.t, 1) = '【') OR right(m.t, 1) = '】' AS poses
              FROM (SELECT u.b, btrim(u.b, E' \t\r\n\u3000') AS t,
                           CASE WHEN patterns IS NOT NULL
                                     AND CASE WHEN u.b ~ fold_class THEN smsdesk.word_fold(u.b) ~ ANY (patterns)
                                              ELSE u.b ~* ANY (patterns) END
                                THEN smsdesk._sensitive_mask(u.b) ELSE u.b END AS sent
                      FROM unnest(p_bodies) AS u(b)) m) x;
    IF off_template THEN
      PERFORM smsdesk._fail('SD422', 'the messages do not follow the template');
    END IF;
    IF any_pose THEN
      PERFORM smsdesk._fail('SD422', 'a message cannot begin or end with a signature of its own in 【】');
    END IF;
    IF any_bad THEN
      PERFORM smsdesk._fail('SD422', 'a message is empty or longer than 1000 characters');
    END IF;
    IF n_masked > 0 AND mode = 'refuse' THEN
      hits := (SELECT smsdesk.sensitive_hits(b) FROM unnest(p_bodies, bodies) AS u(b, sent) WHERE b <> sent LIMIT 1);
      RAISE EXCEPTION 'a message contains sensitive words: %', array_to_string(hits, ', ')
        USING ERRCODE = 'SD422', DETAIL = json_build_object('reason', 'sensitive_words', 'words', hits)::text;
    END IF;
    IF min_seg < 1 THEN
      PERFORM smsdesk._fail('SD422', 'a message has 1 to 30 segments');
    END IF;
  END IF;
  IF seg NOT BETWEEN 1 AND 30 THEN
    PERFORM smsdesk._fail('SD422', 'a message has 1 to 30 segments');
  END IF;
  SELECT * INTO grp FROM user_group WHERE id = caller.group_id;

  -- Each number once, in the order given (SEND-6): one hash pass finds the numbers given twice (usually none);
  -- only their later copies are dropped (drop_ords). What to reserve: the segments of every number kept that no
  -- blacklist blocks (SEND-8).
  SELECT array_agg(d.n) INTO dup_numbers
    FROM (SELECT u.n FROM unnest(p_numbers) AS u(n) GROUP BY u.n HAVING count(*) > 1) d;
  IF dup_numbers IS NOT NULL THEN
    SELECT array_agg(x.ord) INTO drop_ords
      FROM (SELECT u.ord, row_number() OVER (PARTITION BY u.n ORDER BY u.ord) AS nth
              FROM unnest(p_numbers) WITH ORDINALITY AS u(n, ord)
             WHERE u.n = ANY (dup_numbers)) x
     WHERE x.nth > 1;
    total := total - cardinality(drop_ords);
  END IF;
  SELECT coalesce(array_agg(b.number), '{}') INTO blocked
    FROM smsdesk._blacklisted_e164(p_numbers, p_kind, caller.group_id) b;
  n_blocked := cardinality(blocked);
  IF p_bodies IS NULL THEN
    need := seg::bigint * (total - n_blocked);
  ELSE
    SELECT coalesce(sum(u.s), 0) INTO need
      FROM unnest(p_numbers, body_segs) WITH ORDINALITY AS u(n, s, ord)
     WHERE (drop_ords IS NULL OR NOT (u.ord = ANY (drop_ords)))
       AND (n_blocked = 0 OR NOT (u.n = ANY (blocked)));
  END IF;

  UPDATE app_user SET quota_used = quota_used + need, updated_at = now()
   WHERE id = caller.id AND quota_used + need <= quota_limit;
  IF NOT FOUND THEN
    SELECT quota_limit - quota_used INTO have FROM app_user WHERE id = caller.id;
    RAISE EXCEPTION 'not enough quota: % segments needed, % left, % short', need, have, need - have
      USING ERRCODE = 'SD402',
            DETAIL = json_build_object('needed', need, 'left', have, 'shortfall', need - have)::text;
  END IF;

  new_status := CASE WHEN caller.review_mode OR grp.review_mode THEN 'awaiting_review'
                     WHEN start_at > now() THEN 'scheduled'
                     ELSE 'queued' END;
  INSERT INTO send_task (task_key, owner_id, group_id, name, kind, signature, content, opt_out, template_id, status,
                         send_at, expires_at, recipient_count, segments_per_message, reserved)
  VALUES (p_key, caller.id, caller.group_id, btrim(p_name), p_kind, sig, content, opt, p_template_id, new_status,
          start_at, p_expires_at, total, seg, need)
  RETURNING id INTO new_id;

  -- The messages in the order given (ids follow it), straight from the arrays; blacklisted ones are written
  -- failed. The queue is not written here: a feed row lets the dispatchers move the queued messages into it a
  -- slice at a time (_task_feed), unless the task waits for review (approving it adds the feed row then).
  INSERT INTO message (task_id, number, carrier, body, segments, status, error_code, failure_category, done_at)
  SELECT new_id, u.n, nullif(u.c, ''), u.b, coalesce(u.s, seg),
         CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN 'failed' ELSE 'queued' END,
         CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN 'blacklisted' END,
         CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN 'blacklisted' END,
         CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN now() END
    FROM unnest(p_numbers, p_carriers, coalesce(bodies, p_bodies), body_segs) WITH ORDINALITY AS u(n, c, b, s, ord)
   WHERE drop_ords IS NULL OR NOT (u.ord = ANY (drop_ords));
  IF new_status IN ('queued', 'scheduled') THEN
    INSERT INTO task_feed (task_id, ready_at) VALUES (new_id, start_at);
  END IF;

  IF need > 0 THEN
    INSERT INTO quota_movement (actor_user_id, user_id, amount, reason, reference, account)
    VALUES (caller.id, caller.id, need, 'task.reserve', new_id::text, 'used');
  END IF;
  IF n_blocked > 0 THEN
    PERFORM smsdesk._task_settle(ARRAY[new_id], NULL, NULL, ARRAY[n_blocked], NULL, NULL, NULL, NULL);
  END IF;
  PERFORM smsdesk._audit('task.queue', btrim(p_name), caller.group_id,
    jsonb_build_object('task', new_id, 'kind', p_kind, 'recipients', total, 'blacklisted', n_blocked,
                       'reserved', need, 'segments', seg, 'masked', n_masked + (content <> p_content)::int,
                       'status', new_status, 'send_at', start_at));
  PERFORM pg_notify('smsdesk_task', new_id::text);
  IF new_status IN ('queued', 'scheduled') THEN
    PERFORM pg_notify('smsdesk_dispatch', new_id::text);
  END IF;
  RETURN new_id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.task_queue(uuid, text, text, text, text, text, int, timestamptz, timestamptz, bigint, text[], text[], text[], int[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.task_queue(uuid, text, text, text, text, text, int, timestamptz, timestamptz, bigint, text[], text[], text[], int[]) TO "__P__operator";
