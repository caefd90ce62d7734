-- Browsing the blacklists (SEC-3): entries of the lists the caller may read (policies/blacklist_list.sql; IT all)
-- in (list, number) order, at most p_limit. p_number finds that one number; p_fragment (digits) the numbers that start
-- with it (a mainland mobile counts from its 1, so "138" also finds 86138…) and, up to six digits, those that end with it
-- ("尾号"; more than one digit reads blacklist_tail's row per list and last four digits, not the whole list).
--
-- A caller with the right to full numbers gets each number and pages on it (p_after_list, p_after_number). Anyone
-- else reads masked numbers ("shown": +86138****8000; "number" only for the one they typed in p_number) and pages
-- with p_offset; their fragment must lie in the digits they see (the head before the mask, or at most the last four),
-- and p_after_number is ignored, so no search or page boundary tells them a hidden digit.
CREATE OR REPLACE FUNCTION smsdesk.blacklist_page(p_lists bigint[], p_number bigint DEFAULT NULL,
                                                  p_fragment text DEFAULT '', p_after_list bigint DEFAULT NULL,
                                                  p_after_number bigint DEFAULT NULL, p_offset integer DEFAULT 0,
                                                  p_limit integer DEFAULT 500)
RETURNS TABLE (list_id bigint, number bigint, shown text, reason text, source text, author text,
               created_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
DECLARE
  full_numbers boolean := smsdesk.i_see_full_numbers();
  frag text := coalesce(p_fragment, '');
  lim integer := least(greatest(coalesce(p_limit, 500), 1), 5000);
  skip integer := greatest(coalesce(p_offset, 0), 0);
  after_list bigint := p_after_list;
  after_number bigint := p_after_number;
  lists bigint[];
  lo bigint[] := '{}';
  hi bigint[] := '{}';
  tails integer[] := '{}';
  tail_mod bigint;
  starts text[];
  start text;
  w integer;
  scale bigint;
BEGIN
  IF frag !~ '^[0-9]{0,15}$' THEN
    PERFORM smsdesk._fail('SD422', 'a number search takes digits only');
  END IF;
  IF NOT full_numbers OR after_number IS NULL OR after_list IS NULL THEN
    after_list := NULL;
    after_number := NULL;
  END IF;
  SELECT array_agg(l.id) INTO lists
    FROM blacklist_list l
   WHERE l.id = ANY (p_lists)
     AND (smsdesk.is_system()
          OR (smsdesk.i_am_admin()
              AND (l.scope <> 'group' OR l.group_id = ANY (smsdesk.my_scope_groups())
                   OR l.group_id = ANY (smsdesk.my_ancestor_groups()))));
  IF lists IS NULL THEN
    RETURN;
  END IF;

  IF p_number IS NULL AND frag <> '' THEN
    starts := CASE WHEN left(frag, 1) = '1' AND left(frag, 2) <> '86' THEN ARRAY[frag, '86' || frag]
                   ELSE ARRAY[frag] END;
    FOREACH start IN ARRAY starts LOOP
      FOR w IN greatest(7, length(start)) .. 15 LOOP
        -- a masked number shows its first (digits - 8) digits
        CONTINUE WHEN NOT full_numbers AND length(start) > w - 8;
        scale := (10::numeric ^ (w - length(start)))::bigint;
        lo := lo || (start::bigint * scale);
        hi := hi || ((start::bigint + 1) * scale - 1);
      END LOOP;
    END LOOP;
    -- a masked number shows its last four digits
    IF length(frag) >= 2 AND length(frag) <= (CASE WHEN full_numbers THEN 6 ELSE 4 END) THEN
      tail_mod := (10::numeric ^ length(frag))::bigint;
      tails := CASE WHEN length(frag) >= 4 THEN ARRAY[right(frag, 4)::integer]
                    ELSE ARRAY(SELECT frag::integer + i * tail_mod::integer
                                 FROM generate_series(0, 10000 / tail_mod::integer - 1) AS i) END;
    END IF;
  END IF;

  RETURN QUERY
  WITH cand AS (
    -- one number
    (SELECT e.list_id, e.number, e.batch_id FROM blacklist_entry e
      WHERE p_number IS NOT NULL AND e.list_id = ANY (lists) AND e.number = p_number)
    UNION ALL
    -- every entry
    (SELECT e.list_id, e.number, e.batch_id FROM blacklist_entry e
      WHERE p_number IS NULL AND frag = '' AND e.list_id = ANY (lists)
        AND (after_list IS NULL OR (e.list_id, e.number) > (after_list, after_number))
      ORDER BY e.list_id, e.number LIMIT lim + skip)
    UNION
    -- the start of the number
    (SELECT e.list_id, e.number, e.batch_id
       FROM unnest(lo, hi) AS r(lo, hi)
       JOIN blacklist_entry e ON e.list_id = ANY (lists) AND e.number BETWEEN r.lo AND r.hi
      WHERE (after_list IS NULL OR (e.list_id, e.number) > (after_list, after_number))
      ORDER BY e.list_id, e.number LIMIT lim + skip)
    UNION
    -- the end of the number, through blacklist_tail
    (SELECT e.list_id, e.number, e.batch_id
       FROM blacklist_tail t
       CROSS JOIN LATERAL unnest(t.numbers) AS n(number)
       JOIN blacklist_entry e ON e.list_id = t.list_id AND e.number = n.number
      WHERE t.list_id = ANY (lists) AND t.tail = ANY (tails) AND n.number % tail_mod = nullif(frag, '')::bigint
        AND (after_list IS NULL OR (e.list_id, e.number) > (after_list, after_number))
      ORDER BY e.list_id, e.number LIMIT lim + skip)
    UNION
    -- the last digit: every tenth number, so the list's own order finds a page at once
    (SELECT e.list_id, e.number, e.batch_id FROM blacklist_entry e
      WHERE p_number IS NULL AND length(frag) = 1 AND e.list_id = ANY (lists)
        AND e.number % 10 = nullif(frag, '')::bigint
        AND (after_list IS NULL OR (e.list_id, e.number) > (after_list, after_number))
      ORDER BY e.list_id, e.number LIMIT lim + skip)
  ), page AS (
    SELECT DISTINCT c.list_id, c.number, c.batch_id FROM cand c ORDER BY c.list_id, c.number OFFSET skip LIMIT lim
  )
  SELECT p.list_id,
         CASE WHEN full_numbers OR p.number = p_number THEN p.number END,
         CASE WHEN full_numbers OR p.number = p_number THEN '+' || p.number
              ELSE smsdesk.mask_number('+' || p.number) END,
         b.reason, b.source, u.login, b.created_at
    FROM page p
    JOIN blacklist_batch b ON b.id = p.batch_id
    LEFT JOIN app_user u ON u.id = b.created_by
   ORDER BY p.list_id, p.number;
END $$;

REVOKE ALL ON FUNCTION smsdesk.blacklist_page(bigint[], bigint, text, bigint, bigint, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.blacklist_page(bigint[], bigint, text, bigint, bigint, integer, integer)
  TO "__P__operator";
