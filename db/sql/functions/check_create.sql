-- A number check, step 2 (after check_stage_begin and the caller's COPY of the typed and file numbers, checked
-- offline by the console: its carrier and place data are phonenumbers', which the database does not hold): checks
-- every staged row, adds the contacts and contact groups picked (resolved here, in the address books the caller
-- reads, shown masked to a caller without the right to full numbers; their carrier from p_segments, the carrier of
-- each 4-digit block 1000..1999 as the console's check gives it), marks the numbers on a blacklist that applies to
-- the caller (global, every kind's, their group's and its ancestors'), takes live statuses still fresh in the cache
-- and queues the others for the dispatcher's lookups (due at the scheduled time). Returns the check's id.
CREATE OR REPLACE FUNCTION smsdesk.check_create(
  p_name text, p_scheduled_at timestamptz, p_with_status boolean, p_given integer, p_duplicates integer,
  p_contacts bigint[] DEFAULT '{}', p_groups bigint[] DEFAULT '{}', p_segments text[] DEFAULT '{}')
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET work_mem = '128MB'
AS $$
DECLARE caller app_user := smsdesk.me(); v_task bigint; task_name text := btrim(coalesce(p_name, ''));
        bad_row integer; staged bigint; numbered bigint; last_row integer;
        contact_dups integer := 0; v_pending integer; total bigint; v_path bigint[]; v_lists bigint[];
        cfg check_config; fresh_after timestamptz;
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF task_name = '' THEN
    task_name := to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS');
  END IF;
  IF length(task_name) > 200 THEN
    PERFORM smsdesk._fail('SD422', 'a check''s name is at most 200 characters');
  END IF;
  IF p_scheduled_at IS NOT NULL AND p_scheduled_at < now() - interval '5 minutes' THEN
    PERFORM smsdesk._fail('SD422', 'the scheduled time is in the past');
  END IF;
  IF p_given < 0 OR p_duplicates < 0 THEN
    PERFORM smsdesk._fail('SD422', 'counts cannot be negative');
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_class WHERE oid = to_regclass('pg_temp.check_stage')
                    AND relkind = 'r' AND relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)) THEN
    PERFORM smsdesk._fail('SD422', 'no check is being staged: call check_stage_begin() first');
  END IF;
  ANALYZE pg_temp.check_stage;  -- a fresh temporary table has no statistics: the joins below need them
  -- one pass: the counts, and the first row that breaks a rule
  SELECT count(*), count(s.number), max(s.row_no),
         min(s.row_no) FILTER (
           WHERE s.row_no < 1 OR s.source NOT IN ('typed', 'file')
              OR (s.number IS NULL) <> (s.reason IS NOT NULL)
              OR (s.number IS NOT NULL AND NOT s.number BETWEEN 1000000 AND 999999999999999)
              OR (s.reason IS NOT NULL AND s.reason NOT IN ('empty', 'not_a_number', 'bad_chars', 'imprecise',
                                                            'too_short', 'too_long', 'invalid_prefix',
                                                            'unknown_country', 'invalid_number', 'not_mobile'))
              OR (s.carrier IS NOT NULL AND s.carrier NOT IN ('mobile', 'unicom', 'telecom', 'broadnet', 'virtual',
                                                              'other'))
              OR (s.host IS NOT NULL AND (s.carrier IS DISTINCT FROM 'virtual'
                                          OR s.host NOT IN ('mobile', 'unicom', 'telecom')))
              OR length(s.raw) > 200 OR length(s.province) > 60 OR length(s.city) > 60)
    INTO staged, numbered, last_row, bad_row
    FROM pg_temp.check_stage s;
  IF bad_row IS NOT NULL THEN
    PERFORM smsdesk._fail('SD422', format('row %s of the check cannot be stored', bad_row));
  END IF;
  IF staged > 5000000 THEN
    PERFORM smsdesk._fail('SD422', 'a check takes at most 5,000,000 numbers');
  END IF;
  IF coalesce(cardinality(p_segments), 0) NOT IN (0, 1000) THEN
    PERFORM smsdesk._fail('SD422', 'p_segments names the carrier of each of the 1000 blocks 1000..1999');
  END IF;

  SELECT * INTO cfg FROM check_config WHERE id = 1;
  fresh_after := now() - make_interval(days => coalesce(cfg.cache_days, 30));
  SELECT g.id_path INTO v_path FROM user_group g WHERE g.id = caller.group_id;
  SELECT array_agg(l.id) INTO v_lists FROM blacklist_list l
   WHERE l.entries > 0 AND (l.scope IN ('global', 'kind') OR (l.scope = 'group' AND l.group_id = ANY (v_path)));

  INSERT INTO check_task (owner_id, group_id, name, scheduled_at, with_status, given, duplicates)
  VALUES (caller.id, caller.group_id, task_name, p_scheduled_at, coalesce(p_with_status, false),
          coalesce(p_given, staged), coalesce(p_duplicates, 0))
  RETURNING id INTO v_task;

  BEGIN
  INSERT INTO check_result (task_id, row_no, source, number, shown, raw, reason, carrier, host, province, city,
                            lists, status, status_at)
  SELECT v_task, s.row_no, s.source, s.number, CASE WHEN s.number IS NULL THEN coalesce(s.raw, '') ELSE '+' || s.number END,
         CASE WHEN s.number IS NULL THEN s.raw END, s.reason, s.carrier, s.host, s.province, s.city, h.labels,
         CASE WHEN s.number IS NULL OR NOT coalesce(p_with_status, false) THEN NULL
              WHEN c.status IS NOT NULL THEN c.status
              WHEN s.number BETWEEN 8610000000000 AND 8619999999999 THEN 'pending'
              ELSE 'unknown' END,
         CASE WHEN coalesce(p_with_status, false) THEN c.checked_at END
    FROM pg_temp.check_stage s
    LEFT JOIN (SELECT e.number, array_agg(smsdesk._blacklist_label(l) ORDER BY l.scope, l.id) AS labels
                 FROM blacklist_entry e JOIN blacklist_list l ON l.id = e.list_id
                WHERE e.list_id = ANY (coalesce(v_lists, '{}')) AND e.number IN (SELECT number FROM pg_temp.check_stage)
                GROUP BY e.number) h ON h.number = s.number
    LEFT JOIN number_status c ON c.number = s.number AND c.checked_at >= fresh_after;
  EXCEPTION WHEN unique_violation THEN
    PERFORM smsdesk._fail('SD422', 'the staged rows repeat a number or a row');
  END;

  IF cardinality(p_contacts) > 0 OR cardinality(p_groups) > 0 THEN
    WITH picked AS (
      SELECT p.e164, p.masked, p.ord,
             CASE WHEN p.e164 ~ '^\+[1-9][0-9]{6,14}$' THEN substr(p.e164, 2)::bigint END AS number
        FROM smsdesk._send_contacts(p_contacts, p_groups) p
    ), firsts AS (
      SELECT DISTINCT ON (coalesce(number, -ord)) * FROM picked ORDER BY coalesce(number, -ord), ord
    ), fresh AS (
      SELECT f.*, row_number() OVER (ORDER BY f.ord) AS k FROM firsts f
       WHERE f.number IS NULL OR NOT EXISTS (SELECT 1 FROM pg_temp.check_stage s WHERE s.number = f.number)
    ), added AS (
      INSERT INTO check_result (task_id, row_no, source, number, shown, masked, reason, carrier, host, lists,
                                status, status_at)
      SELECT v_task, coalesce(last_row, 0) + f.k, 'contacts', f.number,
             CASE WHEN caller.see_full_numbers THEN coalesce(f.e164, '') ELSE coalesce(f.masked, '') END,
             NOT caller.see_full_numbers, CASE WHEN f.number IS NULL THEN 'no_mobile' END,
             CASE WHEN f.number BETWEEN 8610000000000 AND 8619999999999 AND cardinality(p_segments) = 1000
                  THEN split_part(p_segments[(f.number / 10000000) % 10000 - 999], ':', 1)
                  WHEN f.number IS NOT NULL THEN 'other' END,
             CASE WHEN f.number BETWEEN 8610000000000 AND 8619999999999 AND cardinality(p_segments) = 1000
                  THEN nullif(split_part(p_segments[(f.number / 10000000) % 10000 - 999], ':', 2), '') END,
             (SELECT array_agg(smsdesk._blacklist_label(l) ORDER BY l.scope, l.id)
                FROM blacklist_entry e JOIN blacklist_list l ON l.id = e.list_id
               WHERE e.number = f.number AND e.list_id = ANY (coalesce(v_lists, '{}'))),
             CASE WHEN f.number IS NULL OR NOT coalesce(p_with_status, false) THEN NULL
                  WHEN c.status IS NOT NULL THEN c.status
                  WHEN f.number BETWEEN 8610000000000 AND 8619999999999 THEN 'pending'
                  ELSE 'unknown' END,
             CASE WHEN coalesce(p_with_status, false) THEN c.checked_at END
        FROM fresh f LEFT JOIN number_status c ON c.number = f.number AND c.checked_at >= fresh_after
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM picked) - (SELECT count(*) FROM added) INTO contact_dups;
    UPDATE check_task SET given = given + contact_dups + (SELECT count(*) FROM check_result r
                                                           WHERE r.task_id = v_task AND r.source = 'contacts'),
                          duplicates = duplicates + contact_dups
     WHERE id = v_task;
  END IF;

  total := staged + (SELECT count(*) FROM check_result r WHERE r.task_id = v_task AND r.source = 'contacts');
  IF total = 0 THEN
    PERFORM smsdesk._fail('SD422', 'there is no number to check');
  END IF;
  IF total > 5000000 THEN
    PERFORM smsdesk._fail('SD422', 'a check takes at most 5,000,000 numbers');
  END IF;
  v_pending := 0;
  IF coalesce(p_with_status, false) THEN
    INSERT INTO status_lookup (number, due_at)
    SELECT r.number, greatest(now(), coalesce(p_scheduled_at, now()))
      FROM check_result r WHERE r.task_id = v_task AND r.status = 'pending'
    ON CONFLICT (number) DO UPDATE SET due_at = least(status_lookup.due_at, EXCLUDED.due_at);
    GET DIAGNOSTICS v_pending = ROW_COUNT;
  END IF;
  UPDATE check_task SET numbers = total, pending = v_pending,
         valid = numbered + (SELECT count(*) FROM check_result r WHERE r.task_id = v_task AND r.source = 'contacts'
                                                                  AND r.reason IS NULL),
         status = CASE WHEN v_pending = 0 THEN 'done' ELSE 'checking' END,
         finished_at = CASE WHEN v_pending = 0 THEN now() END
   WHERE id = v_task;
  IF v_pending > 0 THEN
    PERFORM pg_notify('smsdesk_status_lookup', '');
  END IF;
  PERFORM smsdesk._audit('check.create', task_name, caller.group_id,
                         jsonb_build_object('check', v_task, 'numbers', total, 'status', coalesce(p_with_status, false)));
  RETURN v_task;
END $$;

REVOKE ALL ON FUNCTION smsdesk.check_create(text, timestamptz, boolean, integer, integer, bigint[], bigint[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.check_create(text, timestamptz, boolean, integer, integer, bigint[], bigint[], text[]) TO "__P__operator";
