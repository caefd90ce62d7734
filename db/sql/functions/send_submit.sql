-- Submit (SEND-8): the client's cleaned numbers (with their carriers) plus an address-book pick resolved
-- here, minus every blacklisted number, queued by task_queue in this same transaction (quota reserved under
-- the user's row lock, review mode, schedule, audit, NOTIFY). Idempotent on p_key.
CREATE OR REPLACE FUNCTION smsdesk.send_submit(
  p_key uuid, p_name text, p_kind text, p_content text, p_signature text, p_opt_out text, p_segments int,
  p_send_at timestamptz, p_numbers text[], p_carriers text[], p_contacts bigint[], p_groups bigint[])
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp
SET work_mem = '256MB' SET jit = off AS $$
DECLARE caller app_user := smsdesk.me(); found_id bigint; nums text[]; cars text[]; dropped int;
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF p_key IS NULL THEN
    PERFORM smsdesk._fail('SD422', 'a task needs its key');
  END IF;
  IF p_kind IS NULL OR p_kind NOT IN ('verification', 'notification', 'marketing', 'alert') THEN
    PERFORM smsdesk._fail('SD422', 'unknown message kind');
  END IF;
  IF coalesce(cardinality(p_carriers), 0) <> coalesce(cardinality(p_numbers), 0) THEN
    PERFORM smsdesk._fail('SD422', 'recipients and carriers must come in equal numbers');
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended(p_key::text, 7));
  SELECT id INTO found_id FROM send_task WHERE task_key = p_key;
  IF found_id IS NOT NULL THEN  -- a retried submit: task_queue answers (or refuses another owner's key)
    RETURN smsdesk.task_queue(p_key, p_name, p_kind, p_content, p_signature, p_opt_out, p_segments, p_send_at,
                              NULL, NULL, '{}', '{}');
  END IF;
  IF p_send_at IS NOT NULL AND p_send_at < now() - interval '5 minutes' THEN
    PERFORM smsdesk._fail('SD422', 'the send time is in the past');
  END IF;

  -- Typed and file numbers only, none blacklisted (the preview removed them already): the arrays go to
  -- task_queue as they came, neither unnested nor copied (a million numbers: 2 s saved).
  IF coalesce(cardinality(p_contacts), 0) = 0 AND coalesce(cardinality(p_groups), 0) = 0
     AND NOT EXISTS (SELECT 1 FROM smsdesk._send_blocked(p_numbers, p_kind, caller.group_id)) THEN
    IF coalesce(cardinality(p_numbers), 0) = 0 THEN
      PERFORM smsdesk._fail('SD422', 'no recipient is left once blacklisted numbers are removed');
    END IF;
    RETURN smsdesk.task_queue(p_key, p_name, p_kind, p_content, p_signature, p_opt_out, p_segments, p_send_at,
                              NULL, NULL, p_numbers, p_carriers);
  END IF;
  WITH given AS (
         SELECT u.n, coalesce(u.c, '') AS c, u.ord FROM unnest(p_numbers, p_carriers) WITH ORDINALITY AS u(n, c, ord)),
       picked AS (
         SELECT p.e164 AS n, ''::text AS c, 1099511627776::bigint + p.ord AS ord
           FROM smsdesk._send_contacts(p_contacts, p_groups) p
          WHERE p.e164 IS NOT NULL AND (coalesce(cardinality(p_contacts), 0) > 0 OR coalesce(cardinality(p_groups), 0) > 0)),
       everyone AS (SELECT * FROM given UNION ALL SELECT * FROM picked),
       blocked AS (SELECT b.number FROM smsdesk._send_blocked((SELECT array_agg(e.n) FROM everyone e), p_kind,
                                                              caller.group_id) b)
  SELECT array_agg(e.n ORDER BY e.ord), array_agg(e.c ORDER BY e.ord)
    INTO nums, cars
    FROM everyone e
   WHERE NOT EXISTS (SELECT 1 FROM blocked b WHERE b.number = e.n);
  IF coalesce(cardinality(nums), 0) = 0 THEN
    PERFORM smsdesk._fail('SD422', 'no recipient is left once blacklisted numbers are removed');
  END IF;
  RETURN smsdesk.task_queue(p_key, p_name, p_kind, p_content, p_signature, p_opt_out, p_segments, p_send_at,
                            NULL, NULL, nums, cars);
END $$;

REVOKE ALL ON FUNCTION smsdesk.send_submit(uuid, text, text, text, text, text, int, timestamptz, text[], text[], bigint[], bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.send_submit(uuid, text, text, text, text, text, int, timestamptz, text[], text[], bigint[], bigint[]) TO "__P__operator";
