-- Progress of tasks after a batch: counters, charges (success billing, GW-5), refunds to the owner's quota
-- with a 'used' movement per task, the finished/expired state, and a throttled NOTIFY for the tasks tab.
-- Refunds go to the user only: 0001 keeps a group balance, but a user's quota left it when it was granted
-- (quota_grant_user, USR-2) and reserving never touched it, so crediting the group too would mint quota.
-- Each balance stays equal to the sum of its movements (tests/dispatcher: ledger and group ledger).
CREATE OR REPLACE FUNCTION smsdesk._task_settle(
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

REVOKE ALL ON FUNCTION smsdesk._task_settle(bigint[], integer[], integer[], integer[], integer[], integer[], bigint[], bigint[]) FROM PUBLIC;
