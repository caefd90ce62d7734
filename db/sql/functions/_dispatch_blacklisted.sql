-- The numbers among p_numbers (E.164 text) that the global list, the kind's list or the list of the group
-- or one of its ancestors blocks (SET-2): the same lists as blacklist_hits() of 0002, read directly (no
-- caller check: this runs inside task_queue and claim_batch, which checked their callers). One index probe
-- of blacklist_entry's primary key (list_id, number) per number and list; nothing at all without lists.
CREATE OR REPLACE FUNCTION smsdesk._dispatch_blacklisted(p_numbers text[], p_kind text, p_group bigint) RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off AS $$
DECLARE lists bigint[]; hits text[];
BEGIN
  IF coalesce(cardinality(p_numbers), 0) = 0 THEN
    RETURN '{}';
  END IF;
  SELECT array_agg(l.id) INTO lists FROM blacklist_list l
   WHERE l.entries > 0
     AND (l.scope = 'global' OR (l.scope = 'kind' AND l.kind = p_kind)
          OR (l.scope = 'group' AND l.group_id = ANY ((SELECT g.id_path FROM user_group g WHERE g.id = p_group)::bigint[])));
  IF lists IS NULL THEN
    RETURN '{}';
  END IF;
  SELECT coalesce(array_agg(DISTINCT r.n), '{}') INTO hits
    FROM unnest(p_numbers) AS r(n)
   WHERE r.n ~ '^\+[1-9][0-9]{6,14}$'
     AND EXISTS (SELECT 1 FROM blacklist_entry e
                  WHERE e.list_id = ANY (lists) AND e.number = substr(r.n, 2)::bigint);
  RETURN hits;
END $$;

REVOKE ALL ON FUNCTION smsdesk._dispatch_blacklisted(text[], text, bigint) FROM PUBLIC;
