-- The body revision 0005 installed: 0005 loads it, and the downgrade of the revision that replaced it
-- puts it back. The current definition is functions/_send_blocked.sql.
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

REVOKE ALL ON FUNCTION smsdesk._send_blocked(text[], text, bigint) FROM PUBLIC;
