-- Sending (issue #6, SEND-5..SEND-8). __P__ is the installation's role prefix.
--
-- Address-book recipients are resolved here, not by the client: an operator without the right to see full
-- numbers (SEC-3) still sends to their contacts, and reads only masked numbers in the preview. Blacklists
-- (global, the kind's, the caller's group and its ancestors) are applied set-wise at submit, whatever the
-- client sent, so a modified client cannot skip them (SEC-1).

-- The contacts an address-book pick stands for: these contacts and every contact of these groups and their
-- sub-groups, in the address books the caller reads; in name order, each contact once.
CREATE OR REPLACE FUNCTION smsdesk._send_contacts(p_contacts bigint[], p_groups bigint[])
RETURNS TABLE (contact_id bigint, e164 text, masked text, ord bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT c.id, c.mobile_e164, c.mobile_masked, row_number() OVER (ORDER BY c.name, c.id)
    FROM contact c
   WHERE c.owner_id = ANY (smsdesk._book_owners())
     AND (c.id = ANY (coalesce(p_contacts, '{}'))
          OR (cardinality(p_groups) > 0
              AND c.group_id IN (SELECT g.id FROM contact_group g WHERE g.id_path && p_groups)))
$$;

-- The numbers among p_numbers (E.164 text) that a send of p_kind by a user of p_group may not reach, with the
-- list that blocks each: global first, then the kind's, then a group's.
CREATE OR REPLACE FUNCTION smsdesk._send_blocked(p_numbers text[], p_kind text, p_group bigint)
RETURNS TABLE (number text, scope text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET work_mem = '64MB' AS $$
#variable_conflict use_column
DECLARE path bigint[]; lists bigint[];
BEGIN
  SELECT g.id_path INTO path FROM user_group g WHERE g.id = p_group;
  SELECT array_agg(l.id) INTO lists FROM blacklist_list l
   WHERE l.scope = 'global' OR (l.scope = 'kind' AND l.kind = p_kind)
      OR (l.scope = 'group' AND l.group_id = ANY (coalesce(path, '{}')));
  IF lists IS NULL OR coalesce(cardinality(p_numbers), 0) = 0 THEN
    RETURN;
  END IF;
  RETURN QUERY
  SELECT DISTINCT ON (e.number) '+' || e.number, l.scope
    FROM blacklist_entry e
    JOIN (SELECT DISTINCT substr(n, 2)::bigint AS n FROM unnest(p_numbers) AS n
           WHERE n ~ '^\+[1-9][0-9]{6,14}$') r ON e.number = r.n
    JOIN blacklist_list l ON l.id = e.list_id
   WHERE e.list_id = ANY (lists)
   ORDER BY e.number, CASE l.scope WHEN 'global' THEN 0 WHEN 'kind' THEN 1 ELSE 2 END;
END $$;

-- The preview of an address-book pick (SEND-7): one row per contact with what becomes of it: 'valid',
-- 'invalid' (no usable mobile), 'duplicate' (among p_numbers, the other paths' numbers, or an earlier
-- contact) or 'blacklisted' (with the list's scope). The number is shown in full only to users with the
-- right to see full numbers (SEC-3).
CREATE OR REPLACE FUNCTION smsdesk.send_contact_check(p_contacts bigint[], p_groups bigint[], p_kind text,
                                                      p_numbers text[] DEFAULT NULL)
RETURNS TABLE (contact_id bigint, shown text, state text, scope text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET work_mem = '64MB' AS $$
#variable_conflict use_column
DECLARE caller app_user := smsdesk.me();
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF p_kind IS NULL OR p_kind NOT IN ('verification', 'notification', 'marketing', 'alert') THEN
    PERFORM smsdesk._fail('SD422', 'unknown message kind');
  END IF;
  RETURN QUERY
  WITH pick AS MATERIALIZED (SELECT * FROM smsdesk._send_contacts(p_contacts, p_groups)),
       given AS (SELECT DISTINCT n FROM unnest(coalesce(p_numbers, '{}')) AS n),
       blocked AS (SELECT * FROM smsdesk._send_blocked((SELECT array_agg(DISTINCT k.e164) FROM pick k
                                                         WHERE k.e164 IS NOT NULL), p_kind, caller.group_id)),
       ranked AS (SELECT k.*, row_number() OVER (PARTITION BY k.e164 ORDER BY k.ord) AS nth FROM pick k)
  SELECT r.contact_id,
         CASE WHEN caller.see_full_numbers THEN coalesce(r.e164, r.masked) ELSE r.masked END,
         CASE WHEN r.e164 IS NULL THEN 'invalid'
              WHEN r.nth > 1 OR EXISTS (SELECT 1 FROM given g WHERE g.n = r.e164) THEN 'duplicate'
              WHEN b.number IS NOT NULL THEN 'blacklisted'
              ELSE 'valid' END,
         b.scope
    FROM ranked r LEFT JOIN blocked b ON b.number = r.e164
   ORDER BY r.ord;
END $$;

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

REVOKE EXECUTE ON FUNCTION smsdesk._send_contacts(bigint[], bigint[]), smsdesk._send_blocked(text[], text, bigint),
  smsdesk.send_contact_check(bigint[], bigint[], text, text[]),
  smsdesk.send_submit(uuid, text, text, text, text, text, int, timestamptz, text[], text[], bigint[], bigint[])
  FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.send_contact_check(bigint[], bigint[], text, text[]),
  smsdesk.send_submit(uuid, text, text, text, text, text, int, timestamptz, text[], text[], bigint[], bigint[])
  TO "__P__operator";
