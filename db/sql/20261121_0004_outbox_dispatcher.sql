-- Sending and gateways (issue #7): tasks, messages and their queue, channels and routes, receipts, replies,
-- success billing, and the functions the dispatcher process calls. House rules as in 0001: no client role
-- writes a table; operators queue, cancel and review tasks through checked functions; the dispatcher role
-- ("__P__dispatcher") may call only the dispatch_* / claim / record / channel_* functions below, which are
-- SECURITY DEFINER and batched (arrays in, one round trip per batch).
--
-- Revision 0002 (content library) always comes first: the dispatcher reads its sensitive words
-- (sensitive_word) and blacklists (blacklist_list / blacklist_entry, numbers as bigint digits) and adds
-- opt-outs to the marketing list, through _dispatch_sensitive_words, _dispatch_blacklisted and
-- _dispatch_opt_out below.
--
-- Operators pass a task's recipients to task_queue as arrays (services/outbox.py): they need no temporary
-- tables, so the TEMPORARY right that 0001 revokes from PUBLIC stays revoked for them (nothing a client
-- creates in pg_temp can then meet a definer function; every definer here also puts pg_temp last).

-- The batched functions below pin their plans (plan_cache_mode, and enable_seqscan = off where a generic plan
-- might otherwise scan): that makes planner costs look huge, and a server with JIT compilation on (PGDG
-- packages ship it) then spent ~100 ms compiling each of their statements, every call. They say jit = off.

-- Frequent updates of these tables must stay HOT: leave room on every page.
ALTER TABLE smsdesk.message SET (fillfactor = 70);
ALTER TABLE smsdesk.message_queue SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02,
                                       autovacuum_vacuum_insert_scale_factor = 0.05);
ALTER TABLE smsdesk.message_part SET (fillfactor = 80);
ALTER TABLE smsdesk.send_task SET (fillfactor = 70);
ALTER TABLE smsdesk.channel SET (fillfactor = 50);

-- ---------------------------------------------------------------------------------------------------
-- message.task_id refers to send_task.id. Not a FOREIGN KEY: that checks (and locks) the task once per row,
-- which was 5 to 20 s of a million-recipient submit. These triggers keep the same rule once per statement: the
-- tasks named by new messages must exist (locked FOR KEY SHARE until commit, as a foreign key does, so a
-- concurrent delete waits or the insert fails), a message never changes task, and deleting tasks deletes
-- their messages (ON DELETE CASCADE).
CREATE FUNCTION smsdesk.tg_message_task_exists() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
DECLARE wanted bigint[]; locked int;
BEGIN
  SELECT array_agg(a.task_id) INTO wanted FROM (SELECT n.task_id FROM added n GROUP BY n.task_id) a;
  PERFORM 1 FROM send_task t WHERE t.id = ANY (wanted) FOR KEY SHARE;
  GET DIAGNOSTICS locked = ROW_COUNT;
  IF locked < coalesce(cardinality(wanted), 0) THEN
    RAISE EXCEPTION 'insert into message violates its reference to send_task'
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER message_task_exists AFTER INSERT ON smsdesk.message REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_message_task_exists();

CREATE FUNCTION smsdesk.tg_task_id_fixed() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  RAISE EXCEPTION '%.% is never changed', TG_TABLE_NAME, TG_ARGV[0] USING ERRCODE = 'foreign_key_violation';
END $$;
CREATE TRIGGER message_task_fixed BEFORE UPDATE OF task_id ON smsdesk.message
  FOR EACH ROW WHEN (OLD.task_id IS DISTINCT FROM NEW.task_id) EXECUTE FUNCTION smsdesk.tg_task_id_fixed('task_id');
CREATE TRIGGER send_task_id_fixed BEFORE UPDATE OF id ON smsdesk.send_task
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION smsdesk.tg_task_id_fixed('id');

CREATE FUNCTION smsdesk.tg_send_task_cascade() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
BEGIN
  DELETE FROM message m USING gone g WHERE m.task_id = g.id;
  RETURN NULL;
END $$;
CREATE TRIGGER send_task_cascade AFTER DELETE ON smsdesk.send_task REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_send_task_cascade();

-- ---------------------------------------------------------------------------------------------------
-- Default failure map (REP-6 categories, GW-4 transient or permanent). A channel overrides a row by adding
-- one with its channel_id. Sources: 'submit' = submit_sm_resp command_status name, 'error' = no usable
-- response (the session's error), 'stat' = receipt stat, 'err' = receipt err (GSM MAP error values).
INSERT INTO smsdesk.failure_map (channel_id, source, code, category, transient, note) VALUES
  (NULL, 'submit', 'ESME_RSYSERR', 'gateway_error', true, 'system error'),
  (NULL, 'submit', 'ESME_RMSGQFUL', 'gateway_error', true, 'message queue full'),
  (NULL, 'submit', 'ESME_RTHROTTLED', 'gateway_error', true, 'throttled beyond the session''s retries'),
  (NULL, 'submit', 'ESME_RSUBMITFAIL', 'gateway_error', true, 'submit failed'),
  (NULL, 'submit', 'ESME_RX_T_APPN', 'gateway_error', true, 'temporary application error'),
  (NULL, 'submit', 'ESME_RUNKNOWNERR', 'gateway_error', true, 'unknown error'),
  (NULL, 'submit', 'ESME_RINVBNDSTS', 'gateway_error', true, 'not bound'),
  (NULL, 'submit', 'ESME_RINVDSTADR', 'invalid_number', false, 'invalid destination address'),
  (NULL, 'submit', 'ESME_RINVDSTTON', 'invalid_number', false, 'invalid destination TON'),
  (NULL, 'submit', 'ESME_RINVDSTNPI', 'invalid_number', false, 'invalid destination NPI'),
  (NULL, 'submit', 'ESME_RINVSRCADR', 'gateway_error', false, 'invalid source address'),
  (NULL, 'submit', 'ESME_RINVMSGLEN', 'content_blocked', false, 'invalid message length'),
  (NULL, 'submit', 'ESME_RX_R_APPN', 'content_blocked', false, 'rejected by the SMSC''s application'),
  (NULL, 'submit', 'ESME_RX_P_APPN', 'other', false, 'permanent application error'),
  (NULL, 'error', 'timeout', 'timeout', true, 'no submit_sm_resp in time'),
  (NULL, 'error', 'connection_lost', 'gateway_error', true, 'link lost with the submit outstanding'),
  (NULL, 'error', 'closed', 'gateway_error', true, 'session closed with the submit outstanding'),
  (NULL, 'error', 'malformed_response', 'gateway_error', true, 'unreadable submit_sm_resp'),
  (NULL, 'error', 'encode', 'content_blocked', false, 'the message cannot be encoded for SMPP'),
  (NULL, 'error', 'sensitive', 'content_blocked', false, 'sensitive words found by the dispatcher (SEC-4)'),
  (NULL, 'error', 'blacklisted', 'blacklisted', false, 'number blacklisted after the task was queued'),
  (NULL, 'error', 'segments', 'quota', false, 'content measures more segments than were reserved'),
  (NULL, 'stat', 'EXPIRED', 'timeout', false, 'validity period expired'),
  (NULL, 'stat', 'UNDELIV', 'other', false, 'undeliverable'),
  (NULL, 'stat', 'REJECTD', 'content_blocked', false, 'rejected'),
  (NULL, 'stat', 'DELETED', 'other', false, 'deleted'),
  (NULL, 'stat', 'UNKNOWN', 'other', false, 'unknown'),
  (NULL, 'err', '001', 'invalid_number', false, 'unknown subscriber'),
  (NULL, 'err', '005', 'invalid_number', false, 'unidentified subscriber'),
  (NULL, 'err', '009', 'invalid_number', false, 'illegal subscriber'),
  (NULL, 'err', '011', 'invalid_number', false, 'teleservice not provisioned (suspended)'),
  (NULL, 'err', '012', 'invalid_number', false, 'illegal equipment'),
  (NULL, 'err', '013', 'blacklisted', false, 'call barred'),
  (NULL, 'err', '027', 'timeout', false, 'absent subscriber'),
  (NULL, 'err', '006', 'timeout', false, 'absent subscriber for SM'),
  (NULL, 'err', '031', 'timeout', false, 'subscriber busy'),
  (NULL, 'err', '032', 'gateway_error', false, 'SM delivery failure'),
  (NULL, 'err', '034', 'gateway_error', false, 'system failure'),
  (NULL, 'err', '036', 'other', false, 'data missing');

-- ---------------------------------------------------------------------------------------------------
-- Row-level security. Tasks: the owner, and administrators and reviewers over the task's group.
ALTER TABLE smsdesk.send_task ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.message ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.message_queue ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.message_part ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.receipt ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.inbound_reply ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.channel ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.route_rule ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.channel_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.failure_map ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.dispatcher_instance ENABLE ROW LEVEL SECURITY;

CREATE POLICY send_task_read ON smsdesk.send_task FOR SELECT
  USING (owner_id = (SELECT smsdesk.my_user_id())
         OR ((SELECT smsdesk.i_oversee()) AND group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])));

-- A message is visible with its task (the subquery runs under send_task's own policy).
CREATE POLICY message_read ON smsdesk.message FOR SELECT
  USING (task_id IN (SELECT t.id FROM smsdesk.send_task t));

CREATE POLICY receipt_read ON smsdesk.receipt FOR SELECT
  USING ((SELECT smsdesk.i_am_admin())
         AND (task_id IN (SELECT t.id FROM smsdesk.send_task t)
              OR (task_id IS NULL AND (SELECT smsdesk.i_am_top_admin()))));

CREATE POLICY inbound_reply_read ON smsdesk.inbound_reply FOR SELECT
  USING (owner_id = (SELECT smsdesk.my_user_id())
         OR ((SELECT smsdesk.i_oversee()) AND group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[]))
         OR (group_id IS NULL AND (SELECT smsdesk.i_am_top_admin())));

-- Channels are installation-wide: every signed-in user may see names and states (message details, the
-- status bar); only the columns granted below, never the password.
CREATE POLICY channel_read ON smsdesk.channel FOR SELECT USING ((SELECT smsdesk.my_user_id()) IS NOT NULL);
CREATE POLICY route_rule_read ON smsdesk.route_rule FOR SELECT USING ((SELECT smsdesk.i_am_admin()));
CREATE POLICY channel_event_read ON smsdesk.channel_event FOR SELECT USING ((SELECT smsdesk.i_am_admin()));
CREATE POLICY failure_map_read ON smsdesk.failure_map FOR SELECT USING ((SELECT smsdesk.my_user_id()) IS NOT NULL);
CREATE POLICY dispatcher_instance_read ON smsdesk.dispatcher_instance FOR SELECT
  USING ((SELECT smsdesk.my_user_id()) IS NOT NULL);

GRANT SELECT ON smsdesk.send_task, smsdesk.message, smsdesk.inbound_reply, smsdesk.failure_map,
                smsdesk.dispatcher_instance TO "__P__operator";
GRANT SELECT (id, name, bind_mode, source_addr, tps, window_size, enabled, status, status_at, status_reason,
              owner_id, heartbeat_at, stats) ON smsdesk.channel TO "__P__operator";
GRANT SELECT (host, port, system_id, system_type, source_ton, source_npi, enquire_link_s, submit_timeout_s, tls,
              receipt_ids, max_attempts, retry_interval_s, receipt_timeout_s, created_at, updated_at)
  ON smsdesk.channel TO "__P__admin";
GRANT SELECT ON smsdesk.receipt, smsdesk.route_rule, smsdesk.channel_event TO "__P__admin";

-- ---------------------------------------------------------------------------------------------------
-- Helpers (granted to nobody).
CREATE FUNCTION smsdesk._is_dispatcher() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT smsdesk.is_system() OR pg_has_role(session_user, '__P__dispatcher', 'MEMBER')
$$;

-- Every dispatcher call names its instance; the instance must be this login's (or IT's, for tests).
CREATE FUNCTION smsdesk._dispatcher_check(p_dispatcher bigint) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM dispatcher_instance d
                  WHERE d.id = p_dispatcher AND (d.role_name = session_user OR smsdesk.is_system())) THEN
    PERFORM smsdesk._fail('SD403', 'not a dispatcher instance of this login');
  END IF;
END $$;

-- Advisory lock namespaces (first int4 key): a dispatcher holds (1396965377, its id) while alive and
-- (1396965378, channel id) for every channel it binds. Session-level: a dead process's locks go with its
-- connection, which is how another dispatcher learns within a second that it may take over.
CREATE FUNCTION smsdesk._lock_held(p_space int, p_id bigint, p_mine boolean DEFAULT false) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM pg_locks l
                  WHERE l.locktype = 'advisory' AND l.database = (SELECT oid FROM pg_database
                                                                   WHERE datname = current_database())
                    AND l.classid::bigint = p_space AND l.objid::bigint = p_id AND l.objsubid = 2 AND l.granted
                    AND (NOT p_mine OR l.pid = pg_backend_pid()))
$$;

-- Sensitive words for the dispatcher's second check (SEC-4).
CREATE FUNCTION smsdesk._dispatch_sensitive_words() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT coalesce(array_agg(w.word ORDER BY w.word), '{}') FROM smsdesk.sensitive_word w
$$;

-- The numbers among p_numbers (E.164 text) that the global list, the kind's list or the list of the group
-- or one of its ancestors blocks (SET-2): the same lists as blacklist_hits() of 0002, read directly (no
-- caller check: this runs inside task_queue and claim_batch, which checked their callers). One index probe
-- of blacklist_entry's primary key (list_id, number) per number and list; nothing at all without lists.
CREATE FUNCTION smsdesk._dispatch_blacklisted(p_numbers text[], p_kind text, p_group bigint) RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off AS $$
DECLARE lists bigint[]; hits text[];
BEGIN
  IF coalesce(cardinality(p_numbers), 0) = 0 THEN
    RETURN '{}';
  END IF;
  SELECT array_agg(l.id) INTO lists FROM blacklist_list l
   WHERE l.entries > 0
     AND (l.scope = 'global' OR (l.scope = 'kind' AND l.kind = p_kind)
          OR (l.scope = 'group' AND l.group_id = ANY ((SELECT g.id_path FROM user_group g WHERE g.id = p_group)::bigint[])));
  IF lists IS NULL THEN
    RETURN '{}';
  END IF;
  SELECT coalesce(array_agg(DISTINCT r.n), '{}') INTO hits
    FROM unnest(p_numbers) AS r(n)
   WHERE r.n ~ '^\+[1-9][0-9]{6,14}$'
     AND EXISTS (SELECT 1 FROM blacklist_entry e
                  WHERE e.list_id = ANY (lists) AND e.number = substr(r.n, 2)::bigint);
  RETURN hits;
END $$;

-- An opt-out reply (T, TD, 退订, STOP…) puts the number on the marketing kind's list (created the first
-- time), in one batch per call with the reason and no creator (the subscriber asked, not a user); returns
-- how many numbers were new. Writers of the list take turns on its row, so its entry count stays exact.
CREATE FUNCTION smsdesk._dispatch_opt_out(p_numbers text[], p_reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off AS $$
DECLARE target bigint; batch bigint; n_added bigint;
BEGIN
  IF coalesce(cardinality(p_numbers), 0) = 0
     OR NOT EXISTS (SELECT 1 FROM unnest(p_numbers) AS n WHERE n ~ '^\+[1-9][0-9]{6,14}$') THEN
    RETURN 0;
  END IF;
  INSERT INTO blacklist_list (scope, group_id, kind) VALUES ('kind', NULL, 'marketing') ON CONFLICT DO NOTHING;
  SELECT l.id INTO target FROM blacklist_list l
   WHERE l.scope = 'kind' AND l.group_id IS NULL AND l.kind = 'marketing' FOR UPDATE;
  INSERT INTO blacklist_batch (list_id, reason, source, created_by)
  VALUES (target, left(coalesce(p_reason, ''), 200), 'reply', NULL) RETURNING id INTO batch;
  INSERT INTO blacklist_entry (list_id, number, batch_id)
  SELECT target, fresh.n, batch
    FROM (SELECT DISTINCT substr(n, 2)::bigint AS n FROM unnest(p_numbers) AS n WHERE n ~ '^\+[1-9][0-9]{6,14}$') fresh
   WHERE NOT EXISTS (SELECT 1 FROM blacklist_entry e WHERE e.list_id = target AND e.number = fresh.n)
   ORDER BY fresh.n;
  GET DIAGNOSTICS n_added = ROW_COUNT;
  IF n_added > 0 THEN
    UPDATE blacklist_batch SET added = n_added WHERE id = batch;
    UPDATE blacklist_list SET entries = entries + n_added WHERE id = target;
  ELSE
    DELETE FROM blacklist_batch WHERE id = batch;
  END IF;
  RETURN n_added;
END $$;

-- Progress of tasks after a batch: counters, charges (success billing, GW-5), refunds to the owner's quota
-- with a 'used' movement per task, the finished/expired state, and a throttled NOTIFY for the tasks tab.
-- Refunds go to the user only: 0001 keeps a group balance, but a user's quota left it when it was granted
-- (quota_grant_user, USR-2) and reserving never touched it, so crediting the group too would mint quota.
-- Each balance stays equal to the sum of its movements (tests/dispatcher: ledger and group ledger).
CREATE FUNCTION smsdesk._task_settle(
  p_tasks bigint[], p_submitted int[], p_delivered int[], p_failed int[], p_expired int[], p_cancelled int[],
  p_charged bigint[], p_refunded bigint[])
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off AS $$
DECLARE notify bigint[];
BEGIN
  IF coalesce(cardinality(p_tasks), 0) = 0 THEN
    RETURN;
  END IF;
  -- A NULL array stands for zeros (multi-argument unnest pads it with NULLs).
  WITH d AS (
    SELECT x.task_id, coalesce(sum(x.submitted), 0)::int AS submitted, coalesce(sum(x.delivered), 0)::int AS delivered,
           coalesce(sum(x.failed), 0)::int AS failed, coalesce(sum(x.expired), 0)::int AS expired,
           coalesce(sum(x.cancelled), 0)::int AS cancelled, coalesce(sum(x.charged), 0)::bigint AS charged,
           coalesce(sum(x.refunded), 0)::bigint AS refunded
      FROM unnest(p_tasks, p_submitted, p_delivered, p_failed, p_expired, p_cancelled, p_charged, p_refunded)
           AS x(task_id, submitted, delivered, failed, expired, cancelled, charged, refunded)
     WHERE x.task_id IS NOT NULL
     GROUP BY x.task_id),
  t AS (
    UPDATE send_task s
       SET submitted_count = s.submitted_count + d.submitted,
           delivered_count = s.delivered_count + d.delivered,
           failed_count = s.failed_count + d.failed,
           expired_count = s.expired_count + d.expired,
           cancelled_count = s.cancelled_count + d.cancelled,
           charged = s.charged + d.charged,
           refunded = s.refunded + d.refunded,
           updated_at = now(),
           status = CASE
             WHEN s.status IN ('scheduled', 'queued', 'sending')
              AND s.delivered_count + s.failed_count + s.expired_count + s.cancelled_count
                  + d.delivered + d.failed + d.expired + d.cancelled >= s.recipient_count
             THEN CASE WHEN s.expired_count + d.expired > 0 THEN 'expired' ELSE 'finished' END
             ELSE s.status END,
           finished_at = CASE
             WHEN s.finished_at IS NULL
              AND s.delivered_count + s.failed_count + s.expired_count + s.cancelled_count
                  + d.delivered + d.failed + d.expired + d.cancelled >= s.recipient_count
             THEN now() ELSE s.finished_at END,
           notified_at = CASE
             WHEN s.notified_at IS NULL OR s.notified_at < now() - interval '1 second'
               OR s.delivered_count + s.failed_count + s.expired_count + s.cancelled_count
                  + d.delivered + d.failed + d.expired + d.cancelled >= s.recipient_count
             THEN clock_timestamp() ELSE s.notified_at END
      FROM d
     WHERE s.id = d.task_id
    RETURNING s.id, s.owner_id, d.refunded, s.notified_at >= now() AS notify),
  refund AS (
    UPDATE app_user u SET quota_used = u.quota_used - r.amount, updated_at = now()
      FROM (SELECT t.owner_id, sum(t.refunded) AS amount FROM t WHERE t.refunded > 0 GROUP BY t.owner_id) r
     WHERE u.id = r.owner_id),
  moved AS (
    INSERT INTO quota_movement (actor_user_id, user_id, amount, reason, reference, account)
    SELECT NULL, t.owner_id, -t.refunded, 'task.refund', t.id::text, 'used' FROM t WHERE t.refunded > 0)
  SELECT array_agg(t.id) FILTER (WHERE t.notify) INTO notify FROM t;
  IF notify IS NOT NULL THEN
    PERFORM pg_notify('smsdesk_task', x::text) FROM unnest(notify) AS x;
  END IF;
END $$;

-- ---------------------------------------------------------------------------------------------------
-- Operators: queue, cancel and review tasks (SEND-8, LOG-3, APR-2).
-- A million recipients are queued in a few seconds (issue #6 figure): every pass over the arrays is a hash
-- or a plain scan (no sort of the numbers), the arrays are never copied into variables, and the plans are
-- custom (plan_cache_mode): the planner then sees the arrays' real sizes, and the short lists below
-- (duplicates, blacklisted numbers) become hashed constants.
CREATE FUNCTION smsdesk.task_queue(
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
  blocked := smsdesk._dispatch_blacklisted(p_numbers, p_kind, caller.group_id);
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
  -- failed. The queue gets the rest now unless the task waits for review (task_review queues them then).
  IF new_status IN ('queued', 'scheduled') THEN
    WITH ins AS (
      INSERT INTO message (task_id, number, carrier, body, segments, status, error_code, failure_category, done_at)
      SELECT new_id, u.n, nullif(u.c, ''), u.b, coalesce(u.s, p_segments),
             CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN 'failed' ELSE 'queued' END,
             CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN 'blacklisted' END,
             CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN 'blacklisted' END,
             CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN now() END
        FROM unnest(p_numbers, p_carriers, p_bodies, p_body_segments) WITH ORDINALITY AS u(n, c, b, s, ord)
       WHERE drop_ords IS NULL OR NOT (u.ord = ANY (drop_ords))
      RETURNING id, carrier, status)
    INSERT INTO message_queue (message_id, task_id, carrier, ready_at)
    SELECT ins.id, new_id, coalesce(ins.carrier, ''), start_at FROM ins WHERE ins.status = 'queued';
  ELSE
    INSERT INTO message (task_id, number, carrier, body, segments, status, error_code, failure_category, done_at)
    SELECT new_id, u.n, nullif(u.c, ''), u.b, coalesce(u.s, p_segments),
           CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN 'failed' ELSE 'queued' END,
           CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN 'blacklisted' END,
           CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN 'blacklisted' END,
           CASE WHEN n_blocked > 0 AND u.n = ANY (blocked) THEN now() END
      FROM unnest(p_numbers, p_carriers, p_bodies, p_body_segments) WITH ORDINALITY AS u(n, c, b, s, ord)
     WHERE drop_ords IS NULL OR NOT (u.ord = ANY (drop_ords));
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

-- Ends the unsent part of a task: queued messages not held by a dispatcher become p_status, are refunded.
CREATE FUNCTION smsdesk._task_stop_unsent(p_task bigint, p_status text) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off AS $$
DECLARE n int; seg bigint;
BEGIN
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

CREATE FUNCTION smsdesk.task_cancel(p_task bigint) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk.me(); t send_task; n int;
BEGIN
  SELECT * INTO t FROM send_task WHERE id = p_task FOR UPDATE;
  IF t.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such task');
  END IF;
  IF caller.id IS NULL OR (t.owner_id <> caller.id AND NOT smsdesk.is_system()) THEN
    PERFORM smsdesk._require_admin_over(t.group_id);
  END IF;
  IF t.status NOT IN ('preview', 'awaiting_review', 'scheduled', 'queued', 'sending') THEN
    PERFORM smsdesk._fail('SD409', format('a %s task cannot be cancelled', t.status));
  END IF;
  UPDATE send_task SET status = 'cancelled', updated_at = now() WHERE id = p_task;
  n := smsdesk._task_stop_unsent(p_task, 'cancelled');
  PERFORM smsdesk._audit('task.cancel', t.name, t.group_id, jsonb_build_object('task', p_task, 'cancelled', n));
  PERFORM pg_notify('smsdesk_task', p_task::text);
  RETURN n;
END $$;

CREATE FUNCTION smsdesk.task_review(p_task bigint, p_approve boolean, p_reason text DEFAULT NULL) RETURNS text
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

-- ---------------------------------------------------------------------------------------------------
-- IT and top administrators: channels, routes, failure map, dispatcher logins.
CREATE FUNCTION smsdesk._require_channel_admin() RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF NOT (smsdesk.is_system() OR smsdesk.i_am_top_admin()) THEN
    PERFORM smsdesk._fail('SD403', 'only IT or a top-level administrator manages channels');
  END IF;
END $$;

-- Creates (p_id null) or changes a channel from the fields given; an absent field keeps its value.
CREATE FUNCTION smsdesk.channel_save(p_id bigint, p_fields jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE c channel; f jsonb := coalesce(p_fields, '{}'); unknown text;
BEGIN
  PERFORM smsdesk._require_channel_admin();
  SELECT string_agg(k, ', ') INTO unknown FROM jsonb_object_keys(f) AS k
   WHERE k NOT IN ('name', 'host', 'port', 'system_id', 'password', 'system_type', 'bind_mode', 'source_addr',
                   'source_ton', 'source_npi', 'tps', 'window_size', 'enquire_link_s', 'submit_timeout_s', 'tls',
                   'receipt_ids', 'max_attempts', 'retry_interval_s', 'receipt_timeout_s', 'enabled');
  IF unknown IS NOT NULL THEN
    PERFORM smsdesk._fail('SD422', 'unknown channel fields: ' || unknown);
  END IF;
  IF length(coalesce(f ->> 'password', '')) > 8 OR length(coalesce(f ->> 'system_id', '')) > 15 THEN
    PERFORM smsdesk._fail('SD422', 'SMPP 3.4 allows a system_id of 15 and a password of 8 characters');
  END IF;
  IF p_id IS NULL THEN
    IF f ->> 'name' IS NULL OR f ->> 'host' IS NULL OR f ->> 'port' IS NULL OR f ->> 'system_id' IS NULL THEN
      PERFORM smsdesk._fail('SD422', 'a channel needs a name, host, port and system_id');
    END IF;
    IF EXISTS (SELECT 1 FROM channel WHERE name = btrim(f ->> 'name')) THEN
      PERFORM smsdesk._fail('SD409', format('channel "%s" already exists', btrim(f ->> 'name')));
    END IF;
    BEGIN
      INSERT INTO channel (name, host, port, system_id) VALUES (btrim(f ->> 'name'), f ->> 'host',
                                                                (f ->> 'port')::int, f ->> 'system_id')
      RETURNING * INTO c;
    EXCEPTION
      WHEN check_violation OR invalid_text_representation OR numeric_value_out_of_range OR not_null_violation THEN
        PERFORM smsdesk._fail('SD422', 'invalid channel settings: ' || SQLERRM);
    END;
  ELSE
    SELECT * INTO c FROM channel WHERE id = p_id FOR UPDATE;
    IF c.id IS NULL THEN
      PERFORM smsdesk._fail('SD404', 'no such channel');
    END IF;
  END IF;
  BEGIN
    UPDATE channel SET
      name = coalesce(btrim(f ->> 'name'), name),
      host = coalesce(f ->> 'host', host),
      port = coalesce((f ->> 'port')::int, port),
      system_id = coalesce(f ->> 'system_id', system_id),
      password = coalesce(f ->> 'password', password),
      system_type = coalesce(f ->> 'system_type', system_type),
      bind_mode = coalesce(f ->> 'bind_mode', bind_mode),
      source_addr = coalesce(f ->> 'source_addr', source_addr),
      source_ton = coalesce((f ->> 'source_ton')::smallint, source_ton),
      source_npi = coalesce((f ->> 'source_npi')::smallint, source_npi),
      tps = coalesce((f ->> 'tps')::numeric, tps),
      window_size = coalesce((f ->> 'window_size')::int, window_size),
      enquire_link_s = coalesce((f ->> 'enquire_link_s')::int, enquire_link_s),
      submit_timeout_s = coalesce((f ->> 'submit_timeout_s')::int, submit_timeout_s),
      tls = coalesce((f ->> 'tls')::boolean, tls),
      receipt_ids = coalesce(f ->> 'receipt_ids', receipt_ids),
      max_attempts = coalesce((f ->> 'max_attempts')::int, max_attempts),
      retry_interval_s = coalesce((f ->> 'retry_interval_s')::int, retry_interval_s),
      receipt_timeout_s = coalesce((f ->> 'receipt_timeout_s')::int, receipt_timeout_s),
      enabled = coalesce((f ->> 'enabled')::boolean, enabled),
      status = CASE WHEN coalesce((f ->> 'enabled')::boolean, enabled) THEN
                 CASE WHEN status = 'disabled' THEN 'idle' ELSE status END ELSE 'disabled' END,
      updated_at = now()
     WHERE id = c.id;
  EXCEPTION
    WHEN check_violation OR invalid_text_representation OR numeric_value_out_of_range OR unique_violation THEN
      PERFORM smsdesk._fail('SD422', 'invalid channel settings: ' || SQLERRM);
  END;
  PERFORM smsdesk._audit(CASE WHEN p_id IS NULL THEN 'channel.create' ELSE 'channel.update' END,
                         coalesce(btrim(f ->> 'name'), c.name), NULL, f - 'password'
                           || CASE WHEN f ? 'password' THEN '{"password": "changed"}'::jsonb ELSE '{}' END);
  PERFORM pg_notify('smsdesk_channel', c.id::text);
  RETURN c.id;
END $$;

-- Replaces a channel's routing rules by one rule per (carrier, kind) given; an empty list means "any".
CREATE FUNCTION smsdesk.route_rules_set(p_channel bigint, p_carriers text[], p_kinds text[],
                                        p_priority int DEFAULT 100, p_backup bigint DEFAULT NULL)
RETURNS int LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE n int; name_ text;
BEGIN
  PERFORM smsdesk._require_channel_admin();
  SELECT name INTO name_ FROM channel WHERE id = p_channel;
  IF name_ IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such channel');
  END IF;
  IF p_backup = p_channel THEN
    PERFORM smsdesk._fail('SD422', 'a channel cannot be its own backup');
  END IF;
  IF EXISTS (SELECT 1 FROM unnest(p_kinds) k WHERE k NOT IN ('verification', 'notification', 'marketing', 'alert'))
  THEN
    PERFORM smsdesk._fail('SD422', 'unknown message kind');
  END IF;
  DELETE FROM route_rule WHERE channel_id = p_channel;
  INSERT INTO route_rule (channel_id, carrier, kind, priority, backup_channel_id)
  SELECT p_channel, nullif(btrim(c), ''), k, coalesce(p_priority, 100), p_backup
    FROM unnest(CASE WHEN coalesce(cardinality(p_carriers), 0) = 0 THEN ARRAY[NULL::text] ELSE p_carriers END) AS c,
         unnest(CASE WHEN coalesce(cardinality(p_kinds), 0) = 0 THEN ARRAY[NULL::text] ELSE p_kinds END) AS k;
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM smsdesk._audit('channel.routes', name_, NULL,
    jsonb_build_object('carriers', p_carriers, 'kinds', p_kinds, 'priority', p_priority, 'backup', p_backup));
  PERFORM pg_notify('smsdesk_channel', p_channel::text);
  RETURN n;
END $$;

CREATE FUNCTION smsdesk.failure_map_set(p_channel bigint, p_source text, p_code text, p_category text,
                                        p_transient boolean DEFAULT false)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  PERFORM smsdesk._require_channel_admin();
  BEGIN
    INSERT INTO failure_map (channel_id, source, code, category, transient)
    VALUES (p_channel, p_source, p_code, p_category, coalesce(p_transient, false))
    ON CONFLICT ((coalesce(channel_id, 0)), source, code)
    DO UPDATE SET category = excluded.category, transient = excluded.transient;
  EXCEPTION WHEN check_violation OR foreign_key_violation THEN
    PERFORM smsdesk._fail('SD422', 'invalid failure mapping: ' || SQLERRM);
  END;
  PERFORM smsdesk._audit('channel.failure_map', p_source || ':' || p_code, NULL,
    jsonb_build_object('channel', p_channel, 'category', p_category, 'transient', p_transient));
END $$;

-- A login for a dispatcher process (<prefix>d_<name>, member of the dispatcher role); sets its password
-- when it exists already (the console does so on every embedded start). The password arrives as SCRAM.
CREATE FUNCTION smsdesk.dispatcher_login_set(p_name text, p_verifier text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE prefix text := (SELECT role_prefix FROM installation WHERE id = 1); login text; existed boolean;
BEGIN
  IF NOT smsdesk.is_system() THEN
    PERFORM smsdesk._fail('SD403', 'only the installation''s owner creates dispatcher logins');
  END IF;
  IF p_name IS NULL OR p_name !~ '^[a-z0-9][a-z0-9_.-]{0,31}$' THEN
    PERFORM smsdesk._fail('SD422', 'a dispatcher name has 1 to 32 characters: a-z, 0-9, "_", "." or "-"');
  END IF;
  IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$' THEN
    PERFORM smsdesk._fail('SD422', 'the password must arrive as a SCRAM-SHA-256 verifier');
  END IF;
  login := prefix || 'd_' || p_name;
  existed := EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login);
  IF existed THEN
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, p_verifier);
  ELSE
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, p_verifier);
  END IF;
  EXECUTE format('GRANT %I TO %I', prefix || 'dispatcher', login);
  PERFORM smsdesk._audit(CASE WHEN existed THEN 'dispatcher.password' ELSE 'dispatcher.create' END, login, NULL, '{}');
  RETURN login;
END $$;

-- ---------------------------------------------------------------------------------------------------
-- The dispatcher process.
CREATE FUNCTION smsdesk.dispatcher_register(p_name text, p_host text, p_pid int, p_version text,
                                            p_resume bigint DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE new_id bigint;
BEGIN
  IF NOT smsdesk._is_dispatcher() THEN
    PERFORM smsdesk._fail('SD403', 'only a dispatcher login may register a dispatcher');
  END IF;
  -- After a lost connection the process takes its old identity back, so its leases stay its own.
  IF p_resume IS NOT NULL AND EXISTS (SELECT 1 FROM dispatcher_instance
                                       WHERE id = p_resume AND role_name = session_user AND stopped_at IS NULL)
     AND pg_try_advisory_lock(1396965377, p_resume::int) THEN
    UPDATE dispatcher_instance SET seen_at = now(), pid = coalesce(p_pid, pid) WHERE id = p_resume;
    RETURN p_resume;
  END IF;
  INSERT INTO dispatcher_instance (name, host, pid, version)
  VALUES (left(coalesce(p_name, ''), 64), left(coalesce(p_host, ''), 128), coalesce(p_pid, 0),
          left(coalesce(p_version, ''), 32))
  RETURNING id INTO new_id;
  PERFORM pg_advisory_lock(1396965377, new_id::int);
  PERFORM smsdesk._audit('dispatcher.start', p_name, NULL,
                         jsonb_build_object('instance', new_id, 'host', p_host, 'pid', p_pid));
  RETURN new_id;
END $$;

-- Graceful stop: channels and unsent leases go back (no duplicate suspicion: nothing was on the wire).
CREATE FUNCTION smsdesk.dispatcher_stop(p_dispatcher bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE c record;
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  FOR c IN SELECT id, status FROM channel WHERE owner_id = p_dispatcher LOOP
    PERFORM pg_advisory_unlock(1396965378, c.id::int);
    UPDATE channel SET owner_id = NULL, status = CASE WHEN enabled THEN 'idle' ELSE 'disabled' END,
                       status_at = now(), status_reason = 'dispatcher stopped'
     WHERE id = c.id;
    INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
    VALUES (c.id, p_dispatcher, c.status, 'idle', 'dispatcher stopped');
  END LOOP;
  WITH q AS (UPDATE message_queue SET lease_owner = NULL, lease_until = NULL
              WHERE lease_owner = p_dispatcher RETURNING message_id)
  UPDATE message m SET status = 'queued', lease_owner = NULL, lease_until = NULL,
                       attempts = greatest(m.attempts - 1, 0)
    FROM q WHERE m.id = q.message_id AND m.status = 'sending';
  UPDATE dispatcher_instance SET stopped_at = now(), seen_at = now() WHERE id = p_dispatcher;
  PERFORM pg_advisory_unlock(1396965377, p_dispatcher::int);
END $$;

-- Heartbeat of the process and of the channels it binds; the counters are what the console shows.
CREATE FUNCTION smsdesk.channel_heartbeat(p_dispatcher bigint, p_stats jsonb, p_channels bigint[],
                                          p_channel_stats jsonb[])
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  UPDATE dispatcher_instance SET seen_at = now(), stats = coalesce(p_stats, '{}') WHERE id = p_dispatcher;
  UPDATE channel c SET heartbeat_at = now(), stats = coalesce(x.stats, '{}')
    FROM unnest(p_channels, p_channel_stats) AS x(id, stats)
   WHERE c.id = x.id AND c.owner_id = p_dispatcher;
END $$;

-- Takes free channels (pg_try_advisory_lock), up to a fair share of the live dispatchers, checks that the
-- locks of the channels it believes it holds are still its own (a reconnect loses them), gives back
-- disabled ones, and returns the configuration of every channel it now binds.
CREATE FUNCTION smsdesk.channel_claim(p_dispatcher bigint, p_max int DEFAULT NULL)
RETURNS TABLE (id bigint, name text, host text, port int, system_id text, password text, system_type text,
               bind_mode text, source_addr text, source_ton int, source_npi int, tps numeric, window_size int,
               enquire_link_s int, submit_timeout_s int, tls boolean, receipt_ids text, max_attempts int,
               retry_interval_s int, updated_at timestamptz, status text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
#variable_conflict use_column
DECLARE c record; held int; share int; alive int;
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  FOR c IN SELECT ch.id, ch.status, ch.enabled FROM channel ch WHERE ch.owner_id = p_dispatcher LOOP
    IF NOT c.enabled OR NOT smsdesk._lock_held(1396965378, c.id, true) THEN
      IF c.enabled AND NOT smsdesk._lock_held(1396965378, c.id) AND pg_try_advisory_lock(1396965378, c.id::int) THEN
        CONTINUE;  -- lost with a dropped connection, nobody else took it: ours again
      END IF;
      IF smsdesk._lock_held(1396965378, c.id, true) THEN
        PERFORM pg_advisory_unlock(1396965378, c.id::int);
      END IF;
      UPDATE channel ch SET owner_id = NULL, status = CASE WHEN ch.enabled THEN 'idle' ELSE 'disabled' END,
                            status_at = now(), status_reason = CASE WHEN ch.enabled THEN 'lock lost' ELSE 'disabled' END
       WHERE ch.id = c.id AND ch.owner_id = p_dispatcher;
      INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
      VALUES (c.id, p_dispatcher, c.status, CASE WHEN c.enabled THEN 'idle' ELSE 'disabled' END,
              CASE WHEN c.enabled THEN 'lock lost' ELSE 'disabled' END);
    END IF;
  END LOOP;
  SELECT count(*) INTO held FROM channel ch WHERE ch.owner_id = p_dispatcher;
  SELECT count(*) INTO alive FROM dispatcher_instance d
   WHERE d.stopped_at IS NULL AND (d.id = p_dispatcher OR smsdesk._lock_held(1396965377, d.id));
  SELECT ceil(count(*)::numeric / greatest(alive, 1))::int INTO share FROM channel ch WHERE ch.enabled;
  share := coalesce(p_max, share);
  FOR c IN SELECT ch.id, ch.status, ch.owner_id FROM channel ch
            WHERE ch.enabled AND ch.owner_id IS DISTINCT FROM p_dispatcher ORDER BY ch.id LOOP
    EXIT WHEN held >= share;
    IF pg_try_advisory_lock(1396965378, c.id::int) THEN
      UPDATE channel ch SET owner_id = p_dispatcher, status = 'binding', status_at = now(),
                            status_reason = CASE WHEN c.owner_id IS NULL THEN 'claimed'
                                                 ELSE format('taken over from dispatcher %s', c.owner_id) END
       WHERE ch.id = c.id;
      INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
      VALUES (c.id, p_dispatcher, c.status, 'binding',
              CASE WHEN c.owner_id IS NULL THEN 'claimed' ELSE format('taken over from dispatcher %s', c.owner_id) END);
      held := held + 1;
    END IF;
  END LOOP;
  RETURN QUERY
  SELECT ch.id, ch.name, ch.host, ch.port, ch.system_id, ch.password, ch.system_type, ch.bind_mode, ch.source_addr,
         ch.source_ton::int, ch.source_npi::int, ch.tps, ch.window_size, ch.enquire_link_s, ch.submit_timeout_s,
         ch.tls, ch.receipt_ids, ch.max_attempts, ch.retry_interval_s, ch.updated_at, ch.status
    FROM channel ch WHERE ch.owner_id = p_dispatcher ORDER BY ch.id;
END $$;

CREATE FUNCTION smsdesk.channel_release(p_dispatcher bigint, p_channel bigint, p_reason text DEFAULT '')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE old text;
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  SELECT status INTO old FROM channel WHERE id = p_channel AND owner_id = p_dispatcher;
  IF old IS NULL THEN
    RETURN;
  END IF;
  IF smsdesk._lock_held(1396965378, p_channel, true) THEN
    PERFORM pg_advisory_unlock(1396965378, p_channel::int);
  END IF;
  UPDATE channel SET owner_id = NULL, status = CASE WHEN enabled THEN 'idle' ELSE 'disabled' END, status_at = now(),
                     status_reason = left(coalesce(p_reason, ''), 200)
   WHERE id = p_channel;
  INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
  VALUES (p_channel, p_dispatcher, old, 'idle', left(coalesce(p_reason, ''), 200));
END $$;

-- Records a state change of a bound channel (binding, up, down, failing) with its reason.
CREATE FUNCTION smsdesk.channel_set_status(p_dispatcher bigint, p_channel bigint, p_status text, p_reason text)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE old text;
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  IF p_status NOT IN ('binding', 'up', 'down', 'failing') THEN
    PERFORM smsdesk._fail('SD422', 'a dispatcher sets binding, up, down or failing');
  END IF;
  SELECT status INTO old FROM channel WHERE id = p_channel AND owner_id = p_dispatcher FOR UPDATE;
  IF old IS NULL THEN
    RETURN false;
  END IF;
  IF old IS DISTINCT FROM p_status THEN
    UPDATE channel SET status = p_status, status_at = now(), status_reason = left(coalesce(p_reason, ''), 200),
                       heartbeat_at = now()
     WHERE id = p_channel;
    INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
    VALUES (p_channel, p_dispatcher, old, p_status, left(coalesce(p_reason, ''), 200));
    PERFORM pg_notify('smsdesk_channel', p_channel::text);
  END IF;
  RETURN true;
END $$;

-- What the router needs every second: channels with their health, the rules, and installation settings.
CREATE FUNCTION smsdesk.dispatch_routing() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT jsonb_build_object(
    'channels', coalesce((SELECT jsonb_agg(jsonb_build_object(
        'id', c.id, 'name', c.name, 'status', c.status, 'enabled', c.enabled, 'owner_id', c.owner_id,
        'fresh', c.heartbeat_at > now() - interval '10 seconds') ORDER BY c.id) FROM channel c), '[]'),
    'rules', coalesce((SELECT jsonb_agg(jsonb_build_object(
        'channel_id', r.channel_id, 'carrier', r.carrier, 'kind', r.kind, 'priority', r.priority,
        'backup_channel_id', r.backup_channel_id) ORDER BY r.priority, r.id) FROM route_rule r WHERE r.enabled), '[]'),
    'settings', (SELECT i.settings FROM installation i WHERE i.id = 1),
    'now', now())
$$;

CREATE FUNCTION smsdesk.dispatch_tasks(p_ids bigint[])
RETURNS TABLE (id bigint, kind text, content text, signature text, opt_out text, status text,
               expires_at timestamptz, owner_id bigint, group_id bigint, segments_per_message int)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
#variable_conflict use_column
BEGIN
  IF NOT smsdesk._is_dispatcher() THEN
    PERFORM smsdesk._fail('SD403', 'dispatcher only');
  END IF;
  RETURN QUERY SELECT t.id, t.kind, t.content, t.signature, t.opt_out, t.status, t.expires_at, t.owner_id,
                      t.group_id, t.segments_per_message
                 FROM send_task t WHERE t.id = ANY (p_ids);
END $$;

CREATE FUNCTION smsdesk.dispatch_failure_map()
RETURNS TABLE (channel_id bigint, source text, code text, category text, transient boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
#variable_conflict use_column
BEGIN
  IF NOT smsdesk._is_dispatcher() THEN
    PERFORM smsdesk._fail('SD403', 'dispatcher only');
  END IF;
  RETURN QUERY SELECT f.channel_id, f.source, f.code, f.category, f.transient FROM failure_map f;
END $$;

CREATE FUNCTION smsdesk.dispatch_sensitive_words() RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF NOT smsdesk._is_dispatcher() THEN
    PERFORM smsdesk._fail('SD403', 'dispatcher only');
  END IF;
  RETURN smsdesk._dispatch_sensitive_words();
END $$;

-- Claims up to p_limit sendable messages for the channels this dispatcher binds, FOR UPDATE SKIP LOCKED,
-- under a lease. The route table comes from the caller's router as parallel arrays (kind, carrier or '*'
-- for "any other carrier", channel): a message goes to its carrier's entry, else to '*'. Tasks go in
-- order of urgency (verification codes and alerts first), then of start time. ``blacklisted`` flags a
-- number listed since the task was queued; the dispatcher fails it instead of sending. p_hint_tasks and
-- p_hint_after give, per task, the highest message id the caller claimed before (it lowers the hint when it
-- puts messages back, and forgets its hints every few seconds).
CREATE FUNCTION smsdesk.claim_batch(p_dispatcher bigint, p_limit int, p_lease_s int, p_route_kinds text[],
                                    p_route_carriers text[], p_route_channels bigint[],
                                    p_hint_tasks bigint[] DEFAULT '{}', p_hint_after bigint[] DEFAULT '{}')
RETURNS TABLE (message_id bigint, task_id bigint, number text, carrier text, body text, segments int,
               attempts int, channel_id bigint, duplicate_suspect boolean, blacklisted boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off SET enable_bitmapscan = off SET enable_sort = off AS $$
#variable_conflict use_column
DECLARE t record; remaining int := least(greatest(coalesce(p_limit, 0), 0), 10000); got int; mine bigint[];
        lease interval := make_interval(secs => greatest(coalesce(p_lease_s, 60), 5));
        k_carriers text[]; k_channels bigint[]; k_other bigint; everything_mine boolean; after bigint;
        pass int;
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
    FOR pass IN 1 .. CASE WHEN after > 0 THEN 2 ELSE 1 END LOOP
      EXIT WHEN remaining <= 0;
      RETURN QUERY
      WITH picked AS (
        SELECT q.message_id AS id,
               coalesce(k_channels[array_position(k_carriers, q.carrier)], k_other) AS channel
          FROM message_queue q
         WHERE q.task_id = t.id AND q.lease_owner IS NULL AND q.ready_at <= now()
           AND CASE WHEN pass = 1 THEN q.message_id > after ELSE q.message_id <= after END
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

-- Outcomes of claimed messages, one round trip per batch. p_outcomes: 'submitted' (every part accepted;
-- p_smsc_ids holds the SMSC's ids space-separated, and the p_part_* arrays one row per part for matching), 'failed' (permanent, refunded), 'retry' (after p_delays seconds),
-- 'released' (never sent: back to the queue, the attempt not counted), 'expired' / 'cancelled' (the task
-- ended before it went out, refunded). A 'submitted' is recorded even if the lease was lost meanwhile (the
-- SMSC has the message) and then marks a duplicate suspect; every other outcome needs the lease.
CREATE FUNCTION smsdesk.record_submit_results(
  p_dispatcher bigint, p_ids bigint[], p_outcomes text[], p_errors text[], p_categories text[], p_delays int[],
  p_suspect boolean[], p_smsc_ids text[], p_part_ids bigint[], p_part_nos int[], p_part_channels bigint[],
  p_part_keys text[])
RETURNS int LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off AS $$
DECLARE n int := 0; k int; v_tasks bigint[]; v_a int[]; v_b int[]; v_c int[]; v_seg bigint[];
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  IF coalesce(cardinality(p_part_ids), 0) > 0 THEN
    INSERT INTO message_part (channel_id, smsc_key, message_id, part_no)
    SELECT x.channel, x.key, x.id, x.part FROM unnest(p_part_channels, p_part_keys, p_part_ids, p_part_nos)
                                              AS x(channel, key, id, part)
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

-- Applies final receipts to messages and tasks: bit i of parts_done / parts_ok marks part i's final receipt
-- (and its delivery), so a duplicate receipt changes nothing. A message is final once every part has its
-- receipt: delivered if all were, else failed with the first failure's category; delivered segments are
-- charged, failed ones refunded (success billing).
CREATE FUNCTION smsdesk._apply_receipts(p_message_ids bigint[], p_part_nos int[], p_categories text[],
                                        p_codes text[], p_delivered boolean[])
RETURNS int LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off AS $$
DECLARE v_ids bigint[]; v_tasks bigint[]; v_d int[]; v_f int[]; v_ch bigint[]; v_rf bigint[]; stolen bigint[];
BEGIN
  IF coalesce(cardinality(p_message_ids), 0) = 0 THEN
    RETURN 0;
  END IF;
  WITH agg AS (
    SELECT x.id, bit_or(1 << x.part) AS done_bits, bit_or(CASE WHEN x.ok THEN 1 << x.part ELSE 0 END) AS ok_bits,
           min(x.cat) FILTER (WHERE NOT x.ok) AS cat, min(x.code) FILTER (WHERE NOT x.ok) AS code
      FROM unnest(p_message_ids, p_part_nos, p_categories, p_codes, p_delivered) AS x(id, part, cat, code, ok)
     GROUP BY x.id),
  mu AS (
    UPDATE message m
       SET parts_done = m.parts_done | agg.done_bits,
           parts_ok = m.parts_ok | agg.ok_bits,
           failure_category = coalesce(m.failure_category, agg.cat),
           error_code = CASE WHEN agg.code IS NULL THEN m.error_code ELSE coalesce(m.error_code, agg.code) END,
           status = CASE
             WHEN (m.parts_done | agg.done_bits) = (1 << m.segments) - 1
             THEN CASE WHEN (m.parts_ok | agg.ok_bits) = (1 << m.segments) - 1 THEN 'delivered' ELSE 'failed' END
             ELSE m.status END,
           done_at = CASE WHEN (m.parts_done | agg.done_bits) = (1 << m.segments) - 1 THEN clock_timestamp()
                          ELSE m.done_at END
      FROM agg
     WHERE m.id = agg.id AND m.status IN ('submitted', 'sending')
       AND (m.parts_done | agg.done_bits) <> m.parts_done
    RETURNING m.id, m.task_id, m.segments, m.status, m.lease_owner)
  SELECT array_agg(mu.id) FILTER (WHERE mu.lease_owner IS NOT NULL), array_agg(mu.id),
         array_agg(mu.task_id), array_agg((mu.status = 'delivered')::int), array_agg((mu.status = 'failed')::int),
         array_agg(CASE WHEN mu.status = 'delivered' THEN mu.segments ELSE 0 END::bigint),
         array_agg(CASE WHEN mu.status = 'failed' THEN mu.segments ELSE 0 END::bigint)
    INTO stolen, v_ids, v_tasks, v_d, v_f, v_ch, v_rf
    FROM mu WHERE mu.status IN ('delivered', 'failed');
  IF v_ids IS NULL THEN
    RETURN 0;
  END IF;
  PERFORM smsdesk._task_settle(v_tasks, NULL, v_d, v_f, NULL, NULL, v_ch, v_rf);
  IF stolen IS NOT NULL THEN
    -- A receipt finished a message a dispatcher holds again after a takeover: it must not go out twice.
    DELETE FROM message_queue WHERE message_id = ANY (stolen);
    UPDATE message SET lease_owner = NULL, lease_until = NULL WHERE id = ANY (stolen);
  END IF;
  RETURN cardinality(v_ids);
END $$;

-- Delivery receipts, one round trip per batch: every receipt is kept as it came (matched or not), final
-- ones are applied. p_keys holds each receipt's candidate ids, space-separated, best first (see
-- smpp/receipt.message_id_keys): only the first is tried now; the other readings (the id in another base)
-- only by dispatch_maintenance, a few seconds later, so that a receipt that overtook its own submit_sm_resp
-- cannot match another message whose id reads the same in the other base. Returns how many found no
-- message yet (kept, and retried by dispatch_maintenance for a while).
CREATE FUNCTION smsdesk.record_receipts(
  p_dispatcher bigint, p_channels bigint[], p_smsc_ids text[], p_keys text[], p_stats text[], p_errs text[],
  p_categories text[], p_delivered boolean[], p_final boolean[], p_raw text[])
RETURNS int LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off AS $$
DECLARE v_idx int[]; v_msg bigint[]; v_part int[]; v_task bigint[];
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  IF coalesce(cardinality(p_channels), 0) = 0 THEN
    RETURN 0;
  END IF;
  SELECT array_agg(r.idx), array_agg(mp.message_id), array_agg(mp.part_no::int), array_agg(m.task_id)
    INTO v_idx, v_msg, v_part, v_task
    FROM unnest(p_channels, p_keys) WITH ORDINALITY AS r(channel, keys, idx)
    JOIN message_part mp ON mp.channel_id = r.channel AND mp.smsc_key = split_part(r.keys, ' ', 1)
    JOIN message m ON m.id = mp.message_id;
  INSERT INTO receipt (channel_id, smsc_id, id_keys, stat, err, category, raw, message_id, task_id, part_no)
  SELECT r.channel, coalesce(r.smsc_id, ''), string_to_array(coalesce(r.keys, ''), ' '), r.stat, r.err, r.cat,
         coalesce(r.raw, ''), x.message_id, x.task_id, x.part_no
    FROM unnest(p_channels, p_smsc_ids, p_keys, p_stats, p_errs, p_categories, p_raw)
         WITH ORDINALITY AS r(channel, smsc_id, keys, stat, err, cat, raw, idx)
    LEFT JOIN unnest(v_idx, v_msg, v_task, v_part) AS x(idx, message_id, task_id, part_no) ON x.idx = r.idx;
  IF v_idx IS NOT NULL THEN
    PERFORM smsdesk._apply_receipts(array_agg(x.msg), array_agg(x.part), array_agg(p_categories[x.idx]),
                                    array_agg(p_stats[x.idx] || ':' || coalesce(p_errs[x.idx], '')),
                                    array_agg(p_delivered[x.idx]))
       FROM unnest(v_idx, v_msg, v_part) AS x(idx, msg, part) WHERE p_final[x.idx];
  END IF;
  RETURN cardinality(p_channels) - coalesce(cardinality(v_idx), 0);
END $$;

-- Inbound replies (MO, REP-1): each is matched to the latest message sent to its number (task, owner,
-- group, kind); opt-outs (flagged by the dispatcher from the configured keywords) go on the marketing list.
CREATE FUNCTION smsdesk.record_replies(p_dispatcher bigint, p_channels bigint[], p_numbers text[], p_dests text[],
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
      LEFT JOIN LATERAL (SELECT m.id, m.task_id FROM message m
                          WHERE m.number = r.number AND m.status IN ('submitted', 'delivered', 'failed', 'sending')
                          ORDER BY m.id DESC LIMIT 1) lm ON true
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

-- Housekeeping, about once a second from every dispatcher (cheap when there is nothing to do):
-- marks dead dispatchers stopped and frees their channels, takes back leases of the dead (duplicate
-- suspects: they may have been on the wire), starts due scheduled tasks, expires tasks past their end
-- time (SEND-2), retries recent unmatched receipts, and with p_full (every ~30 s) finishes messages whose
-- receipt never came (timeout, refunded) and takes back leases that outlived their time.
CREATE FUNCTION smsdesk.dispatch_maintenance(p_dispatcher bigint, p_grace_s int DEFAULT 5, p_full boolean DEFAULT false)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off AS $$
DECLARE dead bigint[]; reclaimed int := 0; expired int := 0; rematched int := 0; timed_out int := 0; t record;
        c record; started int; k int; seg bigint;
        r_ids bigint[]; r_chans bigint[]; r_keys text[]; r_stats text[]; r_errs text[]; r_cats text[];
        m_ids bigint[]; m_parts int[]; m_cats text[]; m_codes text[]; m_ok boolean[]; m_final boolean[];
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  UPDATE dispatcher_instance SET seen_at = now() WHERE id = p_dispatcher;
  SELECT coalesce(array_agg(d.id), '{}') INTO dead FROM dispatcher_instance d
   WHERE d.stopped_at IS NULL AND d.id <> p_dispatcher
     AND d.seen_at < now() - make_interval(secs => greatest(coalesce(p_grace_s, 5), 1))
     AND NOT smsdesk._lock_held(1396965377, d.id);
  IF cardinality(dead) > 0 THEN
    UPDATE dispatcher_instance SET stopped_at = now() WHERE id = ANY (dead);
    FOR c IN SELECT ch.id, ch.status, ch.owner_id FROM channel ch WHERE ch.owner_id = ANY (dead) LOOP
      IF NOT smsdesk._lock_held(1396965378, c.id) THEN
        UPDATE channel SET owner_id = NULL, status = CASE WHEN enabled THEN 'idle' ELSE 'disabled' END,
                           status_at = now(), status_reason = format('dispatcher %s died', c.owner_id)
         WHERE id = c.id;
        INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
        VALUES (c.id, p_dispatcher, c.status, 'idle', format('dispatcher %s died', c.owner_id));
      END IF;
    END LOOP;
    PERFORM smsdesk._audit('dispatcher.dead', array_to_string(dead, ','), NULL, '{}');
  END IF;
  IF cardinality(dead) > 0 OR p_full THEN
    WITH q AS (
      UPDATE message_queue SET lease_owner = NULL, lease_until = NULL
       WHERE lease_owner = ANY (dead) OR (p_full AND lease_until < now() - interval '60 seconds')
      RETURNING message_id)
    UPDATE message m SET status = 'queued', lease_owner = NULL, lease_until = NULL, duplicate_suspect = true
      FROM q WHERE m.id = q.message_id AND m.status = 'sending';
    GET DIAGNOSTICS reclaimed = ROW_COUNT;
  END IF;

  UPDATE send_task SET status = 'queued', updated_at = now()
   WHERE status = 'scheduled' AND send_at <= now();
  GET DIAGNOSTICS started = ROW_COUNT;

  FOR t IN SELECT s.id FROM send_task s
            WHERE s.status IN ('awaiting_review', 'scheduled', 'queued', 'sending') AND s.expires_at <= now()
              AND EXISTS (SELECT 1 FROM message m WHERE m.task_id = s.id AND m.status = 'queued')
            FOR UPDATE SKIP LOCKED LOOP
    expired := expired + smsdesk._task_stop_unsent(t.id, 'expired');
  END LOOP;

  -- Receipts that came before their submit_sm_resp was recorded (tx+rx binds) or during a takeover.
  SELECT array_agg(rc.id ORDER BY rc.id), array_agg(rc.channel_id ORDER BY rc.id),
         array_agg(array_to_string(rc.id_keys, ' ') ORDER BY rc.id), array_agg(rc.stat ORDER BY rc.id),
         array_agg(rc.err ORDER BY rc.id), array_agg(rc.category ORDER BY rc.id)
    INTO r_ids, r_chans, r_keys, r_stats, r_errs, r_cats
    FROM (SELECT * FROM receipt WHERE message_id IS NULL AND received_at > now() - interval '2 minutes'
             AND received_at < now() - interval '2 seconds'
           ORDER BY id LIMIT 5000) rc;
  IF r_ids IS NOT NULL THEN
    WITH cand AS (
      SELECT r.idx::int AS idx, r.channel, k.val, k.rank
        FROM unnest(r_chans, r_keys) WITH ORDINALITY AS r(channel, keys, idx)
        CROSS JOIN LATERAL unnest(string_to_array(r.keys, ' ')) WITH ORDINALITY AS k(val, rank)),
    x AS (
      SELECT DISTINCT ON (cd.idx) cd.idx, mp.message_id, mp.part_no::int AS part_no
        FROM cand cd JOIN message_part mp ON mp.channel_id = cd.channel AND mp.smsc_key = cd.val
       ORDER BY cd.idx, cd.rank),
    upd AS (
      UPDATE receipt rc SET message_id = x.message_id, part_no = x.part_no,
                            task_id = (SELECT m.task_id FROM message m WHERE m.id = x.message_id)
        FROM x WHERE rc.id = r_ids[x.idx])
    SELECT array_agg(x.message_id), array_agg(x.part_no), array_agg(r_cats[x.idx]),
           array_agg(r_stats[x.idx] || ':' || coalesce(r_errs[x.idx], '')), array_agg(r_stats[x.idx] = 'DELIVRD'),
           array_agg(r_stats[x.idx] IN ('DELIVRD', 'EXPIRED', 'DELETED', 'UNDELIV', 'REJECTD', 'UNKNOWN'))
      INTO m_ids, m_parts, m_cats, m_codes, m_ok, m_final
      FROM x;
    IF m_ids IS NOT NULL THEN
      rematched := cardinality(m_ids);
      PERFORM smsdesk._apply_receipts(array_agg(y.id), array_agg(y.part), array_agg(y.cat), array_agg(y.code),
                                      array_agg(y.ok))
         FROM unnest(m_ids, m_parts, m_cats, m_codes, m_ok, m_final) AS y(id, part, cat, code, ok, fin)
        WHERE y.fin;
    END IF;
  END IF;

  IF p_full THEN
    FOR t IN SELECT s.id FROM send_task s
              WHERE s.status = 'sending' AND s.updated_at < now() - interval '2 seconds'
                AND NOT EXISTS (SELECT 1 FROM message_queue q WHERE q.task_id = s.id)
              FOR UPDATE SKIP LOCKED LOOP
      WITH m AS (
        UPDATE message m SET status = 'failed', failure_category = 'timeout', error_code = 'NO_RECEIPT',
                             done_at = now()
          FROM channel ch
         WHERE m.task_id = t.id AND m.status = 'submitted' AND ch.id = m.channel_id
           AND m.submitted_at < now() - make_interval(secs => ch.receipt_timeout_s)
        RETURNING m.segments)
      SELECT count(*), sum(m.segments) INTO k, seg FROM m;
      IF k > 0 THEN
        timed_out := timed_out + k;
        PERFORM smsdesk._task_settle(ARRAY[t.id], NULL, NULL, ARRAY[k], NULL, NULL, NULL, ARRAY[seg]);
      END IF;
    END LOOP;
  END IF;
  RETURN jsonb_build_object('dead', dead, 'reclaimed', reclaimed, 'started', started, 'expired', expired,
                            'rematched', rematched, 'timed_out', timed_out);
END $$;

-- ---------------------------------------------------------------------------------------------------
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA smsdesk FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
  smsdesk.task_queue(uuid, text, text, text, text, text, int, timestamptz, timestamptz, bigint, text[], text[],
                     text[], int[]),
  smsdesk.task_cancel(bigint), smsdesk.task_review(bigint, boolean, text)
  TO "__P__operator";
GRANT EXECUTE ON FUNCTION
  smsdesk.channel_save(bigint, jsonb), smsdesk.route_rules_set(bigint, text[], text[], int, bigint),
  smsdesk.failure_map_set(bigint, text, text, text, boolean)
  TO "__P__admin";
GRANT EXECUTE ON FUNCTION
  smsdesk.dispatcher_register(text, text, int, text, bigint), smsdesk.dispatcher_stop(bigint),
  smsdesk.channel_heartbeat(bigint, jsonb, bigint[], jsonb[]), smsdesk.channel_claim(bigint, int),
  smsdesk.channel_release(bigint, bigint, text), smsdesk.channel_set_status(bigint, bigint, text, text),
  smsdesk.dispatch_routing(), smsdesk.dispatch_tasks(bigint[]), smsdesk.dispatch_failure_map(),
  smsdesk.dispatch_sensitive_words(),
  smsdesk.claim_batch(bigint, int, int, text[], text[], bigint[], bigint[], bigint[]),
  smsdesk.record_submit_results(bigint, bigint[], text[], text[], text[], int[], boolean[], text[], bigint[],
                                int[], bigint[], text[]),
  smsdesk.record_receipts(bigint, bigint[], text[], text[], text[], text[], text[], boolean[], boolean[], text[]),
  smsdesk.record_replies(bigint, bigint[], text[], text[], text[], boolean[]),
  smsdesk.dispatch_maintenance(bigint, int, boolean)
  TO "__P__dispatcher";
ALTER DEFAULT PRIVILEGES IN SCHEMA smsdesk REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
