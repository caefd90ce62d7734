-- Deletes replies (REP-1), all or none: administrators delete the replies of their group subtree, top-level
-- administrators also those that matched nothing; anyone else, or a reply outside that, is refused (SD403) and
-- nothing is deleted. Audited (reply.delete) with how many, their ids and the tasks they answered. A blacklist entry
-- an opt-out made stays: removing it is the blacklist's own action. The deleted replies leave the rollups' reply and
-- opt-out counts in the same transaction (staged as the recording functions stage theirs); a retention purge, by
-- contrast, leaves the rollups as they were.
CREATE OR REPLACE FUNCTION smsdesk.reply_delete(p_ids bigint[]) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE
  caller app_user := smsdesk.me();
  scope bigint[]; top boolean; wanted bigint; allowed bigint; gone bigint; tasks bigint[];
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF p_ids IS NULL OR cardinality(p_ids) = 0 OR cardinality(p_ids) > 10000 THEN
    PERFORM smsdesk._fail('SD422', 'delete 1 to 10000 replies at a time');
  END IF;
  IF caller.kind <> 'admin' THEN
    PERFORM smsdesk._fail('SD403', 'only administrators delete replies');
  END IF;
  scope := (SELECT coalesce(array_agg(g.id), '{}') FROM user_group g WHERE caller.group_id = ANY (g.id_path));
  top := smsdesk.i_am_top_admin();
  SELECT count(DISTINCT x) INTO wanted FROM unnest(p_ids) x;
  SELECT count(*), array_agg(DISTINCT r.task_id) FILTER (WHERE r.task_id IS NOT NULL) INTO allowed, tasks
    FROM inbound_reply r
   WHERE r.id = ANY (p_ids) AND (r.group_id = ANY (scope) OR (r.group_id IS NULL AND top));
  IF allowed < wanted THEN
    PERFORM smsdesk._fail('SD403', 'some of these replies are not yours to delete (or are gone)');
  END IF;
  INSERT INTO stat_hour_delta (hour, group_id, user_id, kind, channel_id, carrier, template_id, outcome, category,
                               replies, opt_outs)
  SELECT date_trunc('hour', t.send_at, 'UTC'), t.group_id, t.owner_id, t.kind, coalesce(m.channel_id, 0),
         coalesce(m.carrier, ''), coalesce(t.template_id, 0), '', '', -count(*), -count(*) FILTER (WHERE r.opt_out)
    FROM inbound_reply r
    JOIN message m ON m.id = r.message_id
    JOIN send_task t ON t.id = m.task_id
   WHERE r.id = ANY (p_ids)
   GROUP BY 1, 2, 3, 4, 5, 6, 7;
  DELETE FROM inbound_reply r WHERE r.id = ANY (p_ids);
  GET DIAGNOSTICS gone = ROW_COUNT;
  PERFORM smsdesk._audit('reply.delete', gone || ' replies', caller.group_id,
                         jsonb_build_object('deleted', gone, 'ids', to_jsonb((p_ids)[1:50]),
                                            'tasks', to_jsonb(tasks[1:50])));
  RETURN gone;
END $$;

REVOKE ALL ON FUNCTION smsdesk.reply_delete(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.reply_delete(bigint[]) TO "__P__operator";
