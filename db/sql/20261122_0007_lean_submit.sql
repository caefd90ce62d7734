-- A lean submit (issue #6: a million recipients queued in well under 10 s). __P__ is the installation's role prefix.
--
-- A submit used to write three things per recipient: the message, an entry of the hash index on message.number
-- (for matching replies) and a row of message_queue. Measured on a million recipients: the message 2.2-3.0 s,
-- the number index 1.7 s, the queue row 2.6-4.3 s. Now it writes the message only:
--
-- * The queue is fed lazily. A queued task gets one task_feed row; claim_batch, when the queue cannot fill a
--   claim, moves the task's next slice of queued messages (10,000) into message_queue (_task_feed). The queue
--   stays what the dispatchers lease, retry and release, as before; it now holds a slice per task, not the
--   whole task. Cancelling or expiring a task removes its feed row first (_task_stop_unsent).
-- * Replies find their message through message_part, written when a part is accepted by the SMSC, which now
--   keeps the number (hash index there, paid at dispatch time, a slice at a time). A reply can only answer
--   a message that went out, so nothing is lost by not indexing the ones still queued.
--
-- The functions replaced keep their signatures (and so their grants); only the lines named above changed.

-- The feed: where the next slice of a task's queued messages starts. One row per task with messages still to
-- move into the queue; RLS on and no grants, so only the functions below touch it.
ALTER TABLE smsdesk.task_feed ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.task_feed SET (fillfactor = 50);

-- Tasks queued before this revision keep the queue rows they have and need no feed; parts already accepted
-- learn their numbers.
UPDATE smsdesk.message_part p SET number = m.number FROM smsdesk.message m WHERE m.id = p.message_id;

-- Moves the next p_limit queued messages of a task into the queue, in id order; returns how many. One feeder
-- per task at a time (SKIP LOCKED: a dispatcher that finds another feeding the task claims elsewhere); the
-- feed row goes once nothing is left to move.
CREATE FUNCTION smsdesk._task_feed(p_task bigint, p_limit int) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off SET enable_bitmapscan = off
SET enable_sort = off AS $$
DECLARE f task_feed; n int; last_id bigint;
BEGIN
  SELECT * INTO f FROM task_feed WHERE task_id = p_task FOR UPDATE SKIP LOCKED;
  IF f.task_id IS NULL THEN
    RETURN 0;
  END IF;
  WITH slice AS (
    SELECT m.id, m.carrier FROM message m
     WHERE m.task_id = p_task AND m.id >= f.next_id AND m.status = 'queued'
     ORDER BY m.task_id, m.id
     LIMIT greatest(p_limit, 1)),
  added AS (
    INSERT INTO message_queue (message_id, task_id, carrier, ready_at)
    SELECT s.id, p_task, coalesce(s.carrier, ''), f.ready_at FROM slice s
    ON CONFLICT (message_id) DO NOTHING)
  SELECT count(*), max(s.id) INTO n, last_id FROM slice s;
  IF n = 0 OR NOT EXISTS (SELECT 1 FROM message m WHERE m.task_id = p_task AND m.id > last_id AND m.status = 'queued')
  THEN
    DELETE FROM task_feed WHERE task_id = p_task;
  ELSE
    UPDATE task_feed SET next_id = last_id + 1 WHERE task_id = p_task;
  END IF;
  RETURN n;
END $$;

-- Blacklists (SET-2) against a whole submit. Revision 0004 probed blacklist_entry's key once per number and list
-- behind a regular expression per number: 2.3 s for a million numbers against a 200,000-number list, paid twice
-- (send_submit, then task_queue). One hash join of the numbers with the lists' entries takes 0.3-0.4 s.

-- The lists that apply to a send of p_kind by a user of p_group: global, the kind's, the group's and its
-- ancestors' (only lists with entries).
CREATE FUNCTION smsdesk._blacklists_for(p_kind text, p_group bigint) RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT array_agg(l.id) FROM blacklist_list l
   WHERE l.entries > 0
     AND (l.scope = 'global' OR (l.scope = 'kind' AND l.kind = p_kind)
          OR (l.scope = 'group' AND l.group_id = ANY ((SELECT g.id_path FROM user_group g WHERE g.id = p_group)::bigint[])))
$$;

-- The numbers among p_numbers that those lists block, each once with the list that blocks it (global first,
-- then the kind's, then a group's). p_numbers must be E.164 already: each is cast to its digits, unchecked.
CREATE FUNCTION smsdesk._blacklisted_e164(p_numbers text[], p_kind text, p_group bigint)
RETURNS TABLE (number text, scope text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp
SET plan_cache_mode = force_custom_plan SET jit = off SET work_mem = '256MB' AS $$
#variable_conflict use_column
DECLARE lists bigint[] := smsdesk._blacklists_for(p_kind, p_group);
BEGIN
  IF lists IS NULL OR coalesce(cardinality(p_numbers), 0) = 0 THEN
    RETURN;
  END IF;
  RETURN QUERY
  SELECT DISTINCT ON (e.number) '+' || e.number, l.scope
    FROM unnest(p_numbers) AS r(n)
    JOIN blacklist_entry e ON e.number = substr(r.n, 2)::bigint
    JOIN blacklist_list l ON l.id = e.list_id
   WHERE e.list_id = ANY (lists)
   ORDER BY e.number, CASE l.scope WHEN 'global' THEN 0 WHEN 'kind' THEN 1 ELSE 2 END;
END $$;

-- send_submit's check, same signature as revision 0005's: numbers that are not E.164 yet (task_queue refuses
-- them afterwards) are looked up the slow way, behind the regular expression.
CREATE OR REPLACE FUNCTION smsdesk._send_blocked(p_numbers text[], p_kind text, p_group bigint)
RETURNS TABLE (number text, scope text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET work_mem = '64MB' AS $$
#variable_conflict use_column
DECLARE found_numbers text[]; found_scopes text[];
BEGIN
  BEGIN
    SELECT array_agg(b.number), array_agg(b.scope) INTO found_numbers, found_scopes
      FROM smsdesk._blacklisted_e164(p_numbers, p_kind, p_group) b;
  EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
    SELECT array_agg(b.number), array_agg(b.scope) INTO found_numbers, found_scopes
      FROM smsdesk._blacklisted_e164(ARRAY(SELECT n FROM unnest(p_numbers) AS n WHERE n ~ '^\+[1-9][0-9]{6,14}$'),
                                     p_kind, p_group) b;
  END;
  RETURN QUERY SELECT f.n, f.s FROM unnest(found_numbers, found_scopes) AS f(n, s);
END $$;

-- Queue a task (SEND-8): as revision 0004's, with the blacklists joined in one pass and the messages written
-- without queue rows (a feed row instead).
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
  IF p_segments IS NULL OR p_segments NOT BETWEEN 1 AND 30 THEN
    PERFORM smsdesk._fail('SD422', 'a message has 1 to 30 segments');
  END IF;
  total := coalesce(cardinality(p_numbers), 0);
  IF total = 0 THEN
    PERFORM smsdesk._fail('SD422', 'a task needs at least one recipient');
  END IF;
  IF coalesce(cardinality(p_carriers), 0) <> total
     OR (p_bodies IS NOT NULL AND (cardinality(p_bodies) <> total OR coalesce(cardinality(p_body_segments), 0) <> total))
  THEN
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
  IF p_bodies IS NOT NULL AND EXISTS (SELECT 1 FROM unnest(p_body_segments) AS s WHERE s IS NULL OR s NOT BETWEEN 1 AND 30)
  THEN
    PERFORM smsdesk._fail('SD422', 'a message has 1 to 30 segments');
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
                    WHERE t.id = p_template_id AND t.kind = p_kind AND t.content = p_content)
       OR (p_bodies IS NOT NULL AND EXISTS (
             -- as a LIKE pattern (twenty times faster than a regular expression here): 【name】 -> %
             SELECT 1
               FROM (SELECT regexp_replace(replace(replace(replace(t.content, '\', '\\'), '%', '\%'), '_', '\_'),
                                           '【[^】]*】', '%', 'g') AS pattern
                       FROM message_template t WHERE t.id = p_template_id) p,
                    unnest(p_bodies) AS b
              WHERE b IS NULL OR b NOT LIKE p.pattern))
    THEN
      PERFORM smsdesk._fail('SD422', 'the messages do not follow the template');
    END IF;
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
    need := p_segments::bigint * (total - n_blocked);
  ELSE
    SELECT coalesce(sum(u.s), 0) INTO need
      FROM unnest(p_numbers, p_body_segments) WITH ORDINALITY AS u(n, s, ord)
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
  VALUES (p_key, caller.id, caller.group_id, btrim(p_name), p_kind, nullif(btrim(p_signature), ''), p_content,
          CASE WHEN p_kind = 'marketing' THEN p_opt_out END, p_template_id, new_status, start_at, p_expires_at,
          total, p_segments, need)
  RETURNING id INTO new_id;

  -- The messages in the order given (ids follow it), straight from the arrays; blacklisted ones are written
  -- failed. The queue is not written here: a feed row lets the dispatchers move the queued messages into it a
  -- slice at a time (_task_feed), unless the task waits for review (approving it adds the feed row then).
  INSERT INTO message (task_id, number, carrier, body, segments, status, error_code, failure_category, done_at)
  SELECT new_id, u.n, nullif(u.c, ''), u.b, coalesce(u.s, p_segments),
         CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN 'failed' ELSE 'queued' END,
         CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN 'blacklisted' END,
         CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN 'blacklisted' END,
         CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN now() END
    FROM unnest(p_numbers, p_carriers, p_bodies, p_body_segments) WITH ORDINALITY AS u(n, c, b, s, ord)
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
                       'reserved', need, 'status', new_status, 'send_at', start_at));
  PERFORM pg_notify('smsdesk_task', new_id::text);
  IF new_status IN ('queued', 'scheduled') THEN
    PERFORM pg_notify('smsdesk_dispatch', new_id::text);
  END IF;
  RETURN new_id;
END $$;

-- Ends the unsent part of a task: as revision 0004's, and its feed goes first.
CREATE OR REPLACE FUNCTION smsdesk._task_stop_unsent(p_task bigint, p_status text) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off AS $$
DECLARE n int; seg bigint;
BEGIN
  -- the feed first: a dispatcher feeding the task right now holds its row, and this waits for it to commit, so
  -- the DELETE below sees every queue row it added
  DELETE FROM task_feed f WHERE f.task_id = p_task;
  DELETE FROM message_queue q WHERE q.task_id = p_task AND q.lease_owner IS NULL;
  WITH m AS (
    UPDATE message m SET status = p_status, done_at = now(), next_attempt_at = NULL
     WHERE m.task_id = p_task AND m.status = 'queued'
       AND NOT EXISTS (SELECT 1 FROM message_queue q WHERE q.message_id = m.id)
    RETURNING m.segments)
  SELECT count(*), coalesce(sum(segments), 0) INTO n, seg FROM m;
  IF n > 0 THEN
    PERFORM smsdesk._task_settle(ARRAY[p_task], NULL, NULL, NULL,
                                 ARRAY[CASE WHEN p_status = 'expired' THEN n ELSE 0 END],
                                 ARRAY[CASE WHEN p_status = 'cancelled' THEN n ELSE 0 END], NULL, ARRAY[seg]);
  END IF;
  RETURN n;
END $$;

-- Approving a task: as revision 0006's, with a feed row instead of a queue row per message.
CREATE OR REPLACE FUNCTION smsdesk._task_review_apply(p_task smsdesk.send_task, p_caller smsdesk.app_user, p_approve boolean,
                                           p_reason text)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan SET jit = off AS $$
DECLARE next_status text; n int := 0;
BEGIN
  IF p_approve THEN
    next_status := CASE WHEN p_task.send_at > now() THEN 'scheduled' ELSE 'queued' END;
    INSERT INTO task_feed (task_id, ready_at) VALUES (p_task.id, p_task.send_at) ON CONFLICT DO NOTHING;
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

-- Claims: as revision 0004's, plus a third pass that feeds the task when the first two left the claim short.
CREATE OR REPLACE FUNCTION smsdesk.claim_batch(p_dispatcher bigint, p_limit int, p_lease_s int, p_route_kinds text[],
                                    p_route_carriers text[], p_route_channels bigint[],
                                    p_hint_tasks bigint[] DEFAULT '{}', p_hint_after bigint[] DEFAULT '{}')
RETURNS TABLE (message_id bigint, task_id bigint, number text, carrier text, body text, segments int,
               attempts int, channel_id bigint, duplicate_suspect boolean, blacklisted boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off SET enable_bitmapscan = off SET enable_sort = off AS $$
#variable_conflict use_column
DECLARE t record; remaining int := least(greatest(coalesce(p_limit, 0), 0), 10000); got int; mine bigint[];
        lease interval := make_interval(secs => greatest(coalesce(p_lease_s, 60), 5));
        k_carriers text[]; k_channels bigint[]; k_other bigint; everything_mine boolean; after bigint;
        pass int; fed int;
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  SELECT coalesce(array_agg(c.id), '{}') INTO mine FROM channel c WHERE c.owner_id = p_dispatcher AND c.enabled;
  IF cardinality(mine) = 0 OR remaining = 0 THEN
    RETURN;
  END IF;
  FOR t IN SELECT s.id, s.kind, s.group_id, s.status FROM send_task s
            WHERE s.status IN ('scheduled', 'queued', 'sending') AND s.send_at <= now()
              AND (s.expires_at IS NULL OR s.expires_at > now()) AND s.kind = ANY (p_route_kinds)
            ORDER BY CASE s.kind WHEN 'verification' THEN 0 WHEN 'alert' THEN 1 WHEN 'notification' THEN 2 ELSE 3 END,
                     s.send_at, s.id
  LOOP
    EXIT WHEN remaining <= 0;
    -- This kind's routes as two arrays and the channel for every other carrier: the claim below stays an
    -- ordered index scan that stops at the limit.
    SELECT array_agg(r.carrier), array_agg(r.channel) INTO k_carriers, k_channels
      FROM unnest(p_route_kinds, p_route_carriers, p_route_channels) AS r(kind, carrier, channel)
     WHERE r.kind = t.kind AND r.carrier <> '*';
    SELECT r.channel INTO k_other
      FROM unnest(p_route_kinds, p_route_carriers, p_route_channels) AS r(kind, carrier, channel)
     WHERE r.kind = t.kind AND r.carrier = '*' LIMIT 1;
    everything_mine := k_other = ANY (mine)
                       AND NOT EXISTS (SELECT 1 FROM unnest(k_channels) AS c WHERE NOT (c = ANY (mine)));
    CONTINUE WHEN k_other IS NULL AND k_carriers IS NULL;
    -- Where this dispatcher's last claim of the task ended: the queue's head is full of rows already sent
    -- (deleted, not yet vacuumed), so start after them, and look before the hint only if that is not enough.
    after := coalesce(p_hint_after[array_position(p_hint_tasks, t.id)], 0);
    fed := 0;
    -- pass 1: after the hint; pass 2: before it; pass 3: after the hint again, once the task's feed has moved
    -- its next slice of messages into the queue because the first passes left this claim short.
    FOR pass IN 1 .. 3 LOOP
      EXIT WHEN remaining <= 0;
      CONTINUE WHEN pass = 2 AND after = 0;
      IF pass = 3 THEN
        fed := smsdesk._task_feed(t.id, 10000);
        EXIT WHEN fed = 0;
      END IF;
      RETURN QUERY
      WITH picked AS (
        SELECT q.message_id AS id,
               coalesce(k_channels[array_position(k_carriers, q.carrier)], k_other) AS channel
          FROM message_queue q
         WHERE q.task_id = t.id AND q.lease_owner IS NULL AND q.ready_at <= now()
           AND CASE WHEN pass = 2 THEN q.message_id <= after ELSE q.message_id > after END
           AND (everything_mine OR coalesce(k_channels[array_position(k_carriers, q.carrier)], k_other) = ANY (mine))
         ORDER BY q.task_id, q.message_id
         LIMIT remaining
         FOR UPDATE OF q SKIP LOCKED),
      leased AS (
        UPDATE message_queue q SET lease_owner = p_dispatcher, lease_until = now() + lease
          FROM picked WHERE q.message_id = picked.id
        RETURNING q.message_id, picked.channel),
      sent AS (
        UPDATE message m SET status = 'sending', attempts = m.attempts + 1, channel_id = leased.channel,
                             lease_owner = p_dispatcher, lease_until = now() + lease, next_attempt_at = NULL
          FROM leased WHERE m.id = leased.message_id
        RETURNING m.id, m.task_id, m.number, m.carrier, m.body, m.segments::int AS segments,
                  m.attempts::int AS attempts, m.channel_id, m.duplicate_suspect),
      bl AS MATERIALIZED (
        SELECT smsdesk._dispatch_blacklisted(ARRAY(SELECT s.number FROM sent s), t.kind, t.group_id) AS numbers)
      SELECT s.id, s.task_id, s.number, s.carrier, s.body, s.segments, s.attempts, s.channel_id,
             s.duplicate_suspect, s.number = ANY (bl.numbers)
        FROM sent s, bl;
      GET DIAGNOSTICS got = ROW_COUNT;
      IF got > 0 THEN
        remaining := remaining - got;
        IF t.status <> 'sending' THEN
          UPDATE send_task SET status = 'sending', updated_at = now(), started_at = coalesce(started_at, now())
           WHERE id = t.id AND status <> 'sending';
          PERFORM pg_notify('smsdesk_task', t.id::text);
          t.status := 'sending';
        END IF;
      END IF;
    END LOOP;
  END LOOP;
END $$;

-- Outcomes: as revision 0004's; an accepted part keeps its message's number (reply matching).
CREATE OR REPLACE FUNCTION smsdesk.record_submit_results(
  p_dispatcher bigint, p_ids bigint[], p_outcomes text[], p_errors text[], p_categories text[], p_delays int[],
  p_suspect boolean[], p_smsc_ids text[], p_part_ids bigint[], p_part_nos int[], p_part_channels bigint[],
  p_part_keys text[])
RETURNS int LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off AS $$
DECLARE n int := 0; k int; v_tasks bigint[]; v_a int[]; v_b int[]; v_c int[]; v_seg bigint[];
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  IF coalesce(cardinality(p_part_ids), 0) > 0 THEN
    INSERT INTO message_part (channel_id, smsc_key, message_id, part_no, number)
    SELECT x.channel, x.key, x.id, x.part, m.number
      FROM unnest(p_part_channels, p_part_keys, p_part_ids, p_part_nos) AS x(channel, key, id, part)
      LEFT JOIN message m ON m.id = x.id
    ON CONFLICT DO NOTHING;
  END IF;

  IF 'submitted' = ANY (p_outcomes) THEN
    WITH r AS (
      SELECT x.id, x.suspect, string_to_array(x.raw, ' ') AS raws
        FROM unnest(p_ids, p_outcomes, p_suspect, p_smsc_ids) AS x(id, outcome, suspect, raw)
       WHERE x.outcome = 'submitted'),
    -- every sub-statement sees the rows as they were before it: the join below still finds the queue rows
    -- the DELETE removes, and with them who held the lease
    gone AS (DELETE FROM message_queue q USING r WHERE q.message_id = r.id),
    m AS (
      UPDATE message m
         SET status = CASE WHEN m.status IN ('delivered', 'failed', 'expired', 'cancelled') THEN m.status
                           ELSE 'submitted' END,
             smsc_ids = coalesce(m.smsc_ids, '{}') || coalesce(r.raws, '{}'),
             submitted_at = coalesce(m.submitted_at, now()),
             lease_owner = NULL, lease_until = NULL,
             duplicate_suspect = m.duplicate_suspect OR coalesce(r.suspect, false)
                                 OR q.lease_owner IS DISTINCT FROM p_dispatcher
        FROM r LEFT JOIN message_queue q ON q.message_id = r.id
       WHERE m.id = r.id
      RETURNING m.task_id, q.message_id IS NOT NULL AS first)
    SELECT array_agg(x.task_id), array_agg(x.c) INTO v_tasks, v_a
      FROM (SELECT m.task_id, count(*) FILTER (WHERE m.first)::int AS c FROM m GROUP BY m.task_id) x;
    PERFORM smsdesk._task_settle(v_tasks, v_a, NULL, NULL, NULL, NULL, NULL, NULL);
    n := n + 1;
  END IF;

  IF 'failed' = ANY (p_outcomes) OR 'expired' = ANY (p_outcomes) OR 'cancelled' = ANY (p_outcomes) THEN
    WITH r AS (
      SELECT x.id, x.outcome, x.err, x.cat
        FROM unnest(p_ids, p_outcomes, p_errors, p_categories) AS x(id, outcome, err, cat)
       WHERE x.outcome IN ('failed', 'expired', 'cancelled')),
    mine AS (
      SELECT r.* FROM r JOIN message_queue q ON q.message_id = r.id AND q.lease_owner = p_dispatcher
        JOIN message m ON m.id = r.id AND m.status = 'sending'),
    gone AS (DELETE FROM message_queue q USING mine WHERE q.message_id = mine.id),
    m AS (
      UPDATE message m
         SET status = mine.outcome, error_code = mine.err, done_at = now(), lease_owner = NULL, lease_until = NULL,
             failure_category = CASE WHEN mine.outcome = 'failed' THEN coalesce(mine.cat, 'other') END
        FROM mine
       WHERE m.id = mine.id
      RETURNING m.task_id, m.segments, m.status)
    SELECT array_agg(x.task_id), array_agg(x.f), array_agg(x.e), array_agg(x.c), array_agg(x.seg)
      INTO v_tasks, v_a, v_b, v_c, v_seg
      FROM (SELECT m.task_id, count(*) FILTER (WHERE m.status = 'failed')::int AS f,
                   count(*) FILTER (WHERE m.status = 'expired')::int AS e,
                   count(*) FILTER (WHERE m.status = 'cancelled')::int AS c, sum(m.segments)::bigint AS seg
              FROM m GROUP BY m.task_id) x;
    PERFORM smsdesk._task_settle(v_tasks, NULL, NULL, v_a, v_b, v_c, NULL, v_seg);
    n := n + 1;
  END IF;

  IF 'retry' = ANY (p_outcomes) OR 'released' = ANY (p_outcomes) THEN
    WITH r AS (
      SELECT x.id, x.outcome, x.err, x.delay, x.suspect
        FROM unnest(p_ids, p_outcomes, p_errors, p_delays, p_suspect) AS x(id, outcome, err, delay, suspect)
       WHERE x.outcome IN ('retry', 'released')),
    mine AS (
      SELECT r.*, CASE WHEN r.outcome = 'retry' THEN now() + make_interval(secs => greatest(coalesce(r.delay, 0), 0))
                  END AS retry_at
        FROM r JOIN message_queue q ON q.message_id = r.id AND q.lease_owner = p_dispatcher),
    requeued AS (
      UPDATE message_queue q SET lease_owner = NULL, lease_until = NULL, ready_at = coalesce(mine.retry_at, q.ready_at)
        FROM mine WHERE q.message_id = mine.id)
    UPDATE message m
       SET status = 'queued', lease_owner = NULL, lease_until = NULL,
           next_attempt_at = mine.retry_at,
           attempts = CASE WHEN mine.outcome = 'released' THEN greatest(m.attempts - 1, 0) ELSE m.attempts END,
           error_code = CASE WHEN mine.outcome = 'retry' THEN mine.err ELSE m.error_code END,
           duplicate_suspect = m.duplicate_suspect OR coalesce(mine.suspect, false)
      FROM mine
     WHERE m.id = mine.id AND m.status = 'sending';
    n := n + 1;
  END IF;
  RETURN n;
END $$;

-- Replies: as revision 0004's, matched through the parts that went out to that number, newest first.
CREATE OR REPLACE FUNCTION smsdesk.record_replies(p_dispatcher bigint, p_channels bigint[], p_numbers text[], p_dests text[],
                                       p_texts text[], p_opt_out boolean[])
RETURNS int LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off AS $$
DECLARE n int; outs text[]; added bigint;
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  SELECT coalesce(array_agg(DISTINCT x.number), '{}') INTO outs
    FROM unnest(p_numbers, p_opt_out) AS x(number, opt) WHERE x.opt;
  added := smsdesk._dispatch_opt_out(outs, 'opt-out reply');
  WITH r AS (
    SELECT * FROM unnest(p_channels, p_numbers, p_dests, p_texts, p_opt_out) AS x(channel, number, dest, body, opt)),
  ins AS (
    INSERT INTO inbound_reply (channel_id, number, dest_addr, text, message_id, task_id, owner_id, group_id, kind,
                               opt_out, blacklisted)
    SELECT r.channel, r.number, coalesce(r.dest, ''), coalesce(r.body, ''), lm.id, lm.task_id, t.owner_id,
           t.group_id, t.kind, coalesce(r.opt, false),
           coalesce(r.opt, false) AND r.number ~ '^\+[1-9][0-9]{6,14}$'
      FROM r
      LEFT JOIN LATERAL (SELECT m.id, m.task_id FROM message_part p JOIN message m ON m.id = p.message_id
                          WHERE p.number = r.number
                          ORDER BY p.message_id DESC LIMIT 1) lm ON true
      LEFT JOIN send_task t ON t.id = lm.task_id
    RETURNING 1)
  SELECT count(*) INTO n FROM ins;
  IF cardinality(outs) > 0 THEN
    PERFORM smsdesk._audit('blacklist.opt_out', o, NULL,
                           jsonb_build_object('list', 'marketing', 'new', added, 'source', 'reply'))
       FROM unnest(outs) AS o;
  END IF;
  RETURN n;
END $$;

REVOKE EXECUTE ON FUNCTION smsdesk._task_feed(bigint, int), smsdesk._blacklists_for(text, bigint),
  smsdesk._blacklisted_e164(text[], text, bigint) FROM PUBLIC;
