-- One page of replies (REP-1), newest first, as the caller may see them: replies to their own tasks, for
-- administrators and reviewers their group subtree's, replies that matched nothing for top-level administrators, and
-- everything for a database superuser (the rule of inbound_reply's policy, checked here). Each reply comes with the
-- user, task, kind and text it was matched to (matched false: it matched nothing), whether it was an opt-out, and
-- whether the caller may delete it (reply_delete's rule). Numbers are masked unless the caller may see them (SEC-3).
--
-- p_filter keys (all optional): from, to (received time), task, number (4 to 15 digits: the end of the number),
-- sent (a fragment of the text replied to), reply (a fragment of the reply), matched (true/false), opt_out (true).
-- Keyset: rows with id below p_after_id (NULL starts). p_ticket (an export): rows are counted on the ticket.
CREATE OR REPLACE FUNCTION smsdesk.report_replies_page(p_filter jsonb, p_after_id bigint, p_limit int,
                                                       p_ticket bigint DEFAULT NULL)
RETURNS TABLE (id bigint, received_at timestamptz, number text, reply text, opt_out boolean, blacklisted boolean,
               matched boolean, task_id bigint, task_name text, kind text, owner_login text, owner_name text,
               group_path text, sent_text text, sent_at timestamptz, can_delete boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
DECLARE
  caller app_user := smsdesk.me();
  everything boolean := false;
  oversee boolean; is_admin boolean; top boolean;
  scope bigint[];
  full_numbers boolean;
  f jsonb := coalesce(p_filter, '{}');
  v_from timestamptz; v_to timestamptz; v_task bigint; v_number text; v_sent text; v_reply text;
  v_matched boolean; v_opt_out boolean;
  n bigint;
BEGIN
  IF caller.id IS NULL THEN
    everything := coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user), false);
    IF NOT everything THEN
      PERFORM smsdesk._fail('SD401', 'this account is disabled');
    END IF;
  END IF;
  IF p_limit IS NULL OR p_limit < 1 OR p_limit > 10000 THEN
    PERFORM smsdesk._fail('SD422', 'a page holds 1 to 10000 replies');
  END IF;
  IF jsonb_typeof(f) <> 'object' OR length(f::text) > 2000 THEN
    PERFORM smsdesk._fail('SD422', 'the filter is a JSON object of at most 2000 characters');
  END IF;
  IF p_ticket IS NOT NULL THEN
    PERFORM smsdesk._export_ticket_ok(p_ticket, 'report', NULL);
  END IF;
  oversee := coalesce(caller.kind = 'admin' OR caller.is_reviewer, false);
  is_admin := coalesce(caller.kind = 'admin', false);
  top := everything OR (is_admin AND smsdesk.i_am_top_admin());
  scope := CASE WHEN oversee THEN (SELECT coalesce(array_agg(g.id), '{}') FROM user_group g
                                    WHERE caller.group_id = ANY (g.id_path))
                ELSE '{}'::bigint[] END;
  full_numbers := everything OR coalesce(caller.see_full_numbers, false);
  BEGIN
    v_from := (f ->> 'from')::timestamptz;
    v_to := (f ->> 'to')::timestamptz;
    v_task := (f ->> 'task')::bigint;
    v_matched := (f ->> 'matched')::boolean;
    v_opt_out := (f ->> 'opt_out')::boolean;
  EXCEPTION WHEN data_exception THEN
    PERFORM smsdesk._fail('SD422', 'a date, an id or a yes/no in the filter is not valid');
  END;
  IF v_from IS NOT NULL AND v_to IS NOT NULL AND v_to < v_from THEN
    PERFORM smsdesk._fail('SD422', 'the range ends before it starts');
  END IF;
  v_number := nullif(f ->> 'number', '');
  IF v_number IS NOT NULL AND v_number !~ '^[0-9]{4,15}$' THEN
    PERFORM smsdesk._fail('SD422', 'a number to search for is 4 to 15 digits (its last digits, or all of them)');
  END IF;
  v_sent := nullif(f ->> 'sent', '');
  v_reply := nullif(f ->> 'reply', '');
  IF length(v_sent) NOT BETWEEN 2 AND 200 OR length(v_reply) NOT BETWEEN 1 AND 200 THEN
    PERFORM smsdesk._fail('SD422', 'a text fragment is 2 (a reply: 1) to 200 characters');
  END IF;
  v_sent := '%' || replace(replace(replace(v_sent, '\', '\\'), '%', '\%'), '_', '\_') || '%';
  v_reply := '%' || replace(replace(replace(v_reply, '\', '\\'), '%', '\%'), '_', '\_') || '%';

  RETURN QUERY
    SELECT r.id, r.received_at, CASE WHEN full_numbers THEN r.number ELSE smsdesk.mask_number(r.number) END,
           r.text, r.opt_out, r.blacklisted, r.task_id IS NOT NULL, r.task_id, t.name, coalesce(r.kind, t.kind),
           u.login, u.operator_name, CASE WHEN r.group_id IS NULL THEN NULL ELSE smsdesk.group_path(r.group_id) END,
           coalesce(m.body, t.content), m.submitted_at,
           everything OR (is_admin AND (r.group_id = ANY (scope) OR (r.group_id IS NULL AND top)))
      FROM inbound_reply r
      LEFT JOIN send_task t ON t.id = r.task_id
      LEFT JOIN message m ON m.id = r.message_id
      LEFT JOIN app_user u ON u.id = r.owner_id
     WHERE (everything OR r.owner_id = caller.id OR (oversee AND r.group_id = ANY (scope))
            OR (r.group_id IS NULL AND top))
       AND (p_after_id IS NULL OR r.id < p_after_id)
       AND (v_from IS NULL OR r.received_at >= v_from)
       AND (v_to IS NULL OR r.received_at < v_to)
       AND (v_task IS NULL OR r.task_id = v_task)
       AND (v_number IS NULL OR r.number LIKE '%' || v_number)
       AND (v_matched IS NULL OR (r.task_id IS NOT NULL) = v_matched)
       AND (v_opt_out IS NULL OR r.opt_out = v_opt_out)
       AND (v_reply IS NULL OR r.text ILIKE v_reply)
       AND (v_sent IS NULL OR coalesce(m.body, t.content) ILIKE v_sent)
     ORDER BY r.id DESC
     LIMIT p_limit;
  GET DIAGNOSTICS n = ROW_COUNT;
  IF p_ticket IS NOT NULL AND n > 0 THEN
    UPDATE export_ticket et SET rows = et.rows + n WHERE et.id = p_ticket;
  END IF;
END $$;

REVOKE ALL ON FUNCTION smsdesk.report_replies_page(jsonb, bigint, int, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.report_replies_page(jsonb, bigint, int, bigint) TO "__P__operator";
