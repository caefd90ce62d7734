-- Claims up to p_limit sendable messages for the channels this dispatcher binds, FOR UPDATE SKIP LOCKED,
-- under a lease. The route table comes from the caller's router as parallel arrays (kind, carrier or '*' for "any
-- other carrier", channel): a message goes to its carrier's entry, else to '*'. Tasks go in order of urgency
-- (verification codes and alerts first), then of start time. p_hint_tasks and p_hint_after give, per task, the
-- highest message id the caller claimed before (it lowers the hint when it puts messages back, and forgets its hints
-- every few seconds). When the queue cannot fill the claim, the task's feed moves its next slice of queued messages
-- into the queue (_task_feed) and the claim goes on. ``blacklisted`` flags a number listed since the task was
-- queued; the dispatcher fails it instead of sending.
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

REVOKE ALL ON FUNCTION smsdesk.claim_batch(bigint, int, int, text[], text[], bigint[], bigint[], bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.claim_batch(bigint, int, int, text[], text[], bigint[], bigint[], bigint[]) TO "__P__dispatcher";
