-- Stages replies matched to messages (p_messages, one per reply; opt-outs flagged): they count in the rollups
-- under the message's task, channel, carrier and template, in rows of outcome '' (a reply belongs to no outcome:
-- its message may still change rows after it came). Unmatched replies are not counted here.
CREATE OR REPLACE FUNCTION smsdesk._stat_stage_replies(p_messages bigint[], p_opt_out boolean[])
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off AS $$
BEGIN
  IF coalesce(cardinality(p_messages), 0) = 0 THEN
    RETURN;
  END IF;
  INSERT INTO stat_hour_delta (hour, group_id, user_id, kind, channel_id, carrier, template_id, outcome, category,
                               replies, opt_outs)
  SELECT date_trunc('hour', t.send_at, 'UTC'), t.group_id, t.owner_id, t.kind, coalesce(m.channel_id, 0),
         coalesce(m.carrier, ''), coalesce(t.template_id, 0), '', '', count(*), count(*) FILTER (WHERE x.opt)
    FROM unnest(p_messages, p_opt_out) AS x(id, opt)
    JOIN message m ON m.id = x.id
    JOIN send_task t ON t.id = m.task_id
   WHERE x.id IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5, 6, 7;
END $$;

REVOKE ALL ON FUNCTION smsdesk._stat_stage_replies(bigint[], boolean[]) FROM PUBLIC;
