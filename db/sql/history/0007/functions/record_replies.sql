-- Inbound replies (MO, REP-1): each is matched to the newest part the SMSC accepted for its number
-- (message_part, written as parts go out), and so to its message, task, owner, group and kind; opt-outs (flagged
-- by the dispatcher from the configured keywords) go on the marketing list and are audited.
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

REVOKE ALL ON FUNCTION smsdesk.record_replies(bigint, bigint[], text[], text[], text[], boolean[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.record_replies(bigint, bigint[], text[], text[], text[], boolean[]) TO "__P__dispatcher";
