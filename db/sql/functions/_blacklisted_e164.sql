-- The numbers among p_numbers that those lists block, each once with the list that blocks it (global first,
-- then the kind's, then a group's). p_numbers must be E.164 already: each is cast to its digits, unchecked.
CREATE OR REPLACE FUNCTION smsdesk._blacklisted_e164(p_numbers text[], p_kind text, p_group bigint)
RETURNS TABLE (number text, scope text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp
SET plan_cache_mode = force_custom_plan SET jit = off SET work_mem = '256MB' AS $$
#variable_conflict use_column
DECLARE lists bigint[] := smsdesk._blacklists_for(p_kind, p_group);
BEGIN
  IF lists IS NULL OR coalesce(cardinality(p_numbers), 0) = 0 THEN
    RETURN;
  END IF;
  RETURN QUERY
  SELECT DISTINCT ON (e.number) '+' || e.number, l.scope
    FROM unnest(p_numbers) AS r(n)
    JOIN blacklist_entry e ON e.number = substr(r.n, 2)::bigint
    JOIN blacklist_list l ON l.id = e.list_id
   WHERE e.list_id = ANY (lists)
   ORDER BY e.number, CASE l.scope WHEN 'global' THEN 0 WHEN 'kind' THEN 1 ELSE 2 END;
END $$;

REVOKE ALL ON FUNCTION smsdesk._blacklisted_e164(text[], text, bigint) FROM PUBLIC;
