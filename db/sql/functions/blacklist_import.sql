-- Adds numbers to one list; numbers already on it keep their first reason, so importing a file twice adds
-- nothing. Numbers out of E.164 range are counted as rejected (this console's number rules never send any).
CREATE OR REPLACE FUNCTION smsdesk.blacklist_import(p_scope text, p_group bigint, p_kind text, p_numbers bigint[],
                                         p_reason text DEFAULT '', p_source text DEFAULT '')
RETURNS TABLE (added bigint, existing bigint, rejected bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET work_mem = '64MB' AS $$
DECLARE caller app_user := smsdesk._library_caller(); target blacklist_list; batch bigint; usable bigint;
        received bigint := coalesce(cardinality(p_numbers), 0); one boolean := cardinality(p_numbers) = 1;
        clean_reason text := left(btrim(coalesce(p_reason, '')), 200);
BEGIN
  target := smsdesk._blacklist_list_for_change(p_scope, p_group, p_kind, true);
  SELECT count(*) INTO usable FROM (SELECT unnest(p_numbers) AS n) x WHERE x.n BETWEEN 1000000 AND 999999999999999;
  rejected := received - usable;
  IF one AND rejected = 1 THEN
    PERFORM smsdesk._fail('SD422', 'not a phone number in E.164');
  END IF;
  INSERT INTO blacklist_batch (list_id, reason, source, created_by)
  VALUES (target.id, clean_reason, left(coalesce(p_source, ''), 200), caller.id) RETURNING id INTO batch;
  -- Writers of one list take turns (its row is locked above), so an anti-join finds what is new; a plain insert
  -- of those costs half of ON CONFLICT's speculative one. In index order, the B-tree fills page by page.
  -- DISTINCT ON sorts (never hashes): the console sends its numbers sorted and unique, and a sorted input costs
  -- the sort one pass; unnest() in the select list streams the array instead of copying it into a tuplestore.
  INSERT INTO blacklist_entry (list_id, number, batch_id)
  SELECT target.id, fresh.n, batch
    FROM (SELECT DISTINCT ON (x.n) x.n FROM (SELECT unnest(p_numbers) AS n) x
           WHERE x.n BETWEEN 1000000 AND 999999999999999 ORDER BY x.n) fresh
   WHERE NOT EXISTS (SELECT 1 FROM blacklist_entry e WHERE e.list_id = target.id AND e.number = fresh.n)
   ORDER BY fresh.n;
  GET DIAGNOSTICS added = ROW_COUNT;
  existing := usable - added;  -- already listed, or given twice
  -- Until autovacuum comes round, a table that grew by half would be planned from stale statistics (a sort of
  -- a whole list instead of an index walk, seconds instead of milliseconds); refresh them now.
  IF added > 10000 AND added > 0.5 * (SELECT greatest(reltuples, 0) FROM pg_class
                                        WHERE oid = 'smsdesk.blacklist_entry'::regclass) THEN
    ANALYZE smsdesk.blacklist_entry;
  END IF;
  UPDATE blacklist_batch SET added = blacklist_import.added WHERE id = batch;
  UPDATE blacklist_list SET entries = entries + blacklist_import.added WHERE id = target.id;
  PERFORM smsdesk._audit(CASE WHEN one THEN 'blacklist.add' ELSE 'blacklist.import' END,
                         CASE WHEN one THEN '+' || p_numbers[1] ELSE smsdesk._blacklist_label(target) END,
                         p_group,
                         jsonb_build_object('list', smsdesk._blacklist_label(target), 'batch', batch,
                                            'received', received, 'added', added, 'existing', existing,
                                            'rejected', rejected, 'reason', clean_reason,
                                            'source', left(coalesce(p_source, ''), 200)));
  RETURN NEXT;
END $$;

REVOKE ALL ON FUNCTION smsdesk.blacklist_import(text, bigint, text, bigint[], text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.blacklist_import(text, bigint, text, bigint[], text, text) TO "__P__admin";
