-- An opt-out reply (T, TD, 退订, STOP…) puts the number on the marketing kind's list (created the first
-- time), in one batch per call with the reason and no creator (the subscriber asked, not a user); returns
-- how many numbers were new. Writers of the list take turns on its row, so its entry count stays exact.
CREATE OR REPLACE FUNCTION smsdesk._dispatch_opt_out(p_numbers text[], p_reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off AS $$
DECLARE target bigint; batch bigint; n_added bigint;
BEGIN
  IF coalesce(cardinality(p_numbers), 0) = 0
     OR NOT EXISTS (SELECT 1 FROM unnest(p_numbers) AS n WHERE n ~ '^\+[1-9][0-9]{6,14}$') THEN
    RETURN 0;
  END IF;
  INSERT INTO blacklist_list (scope, group_id, kind) VALUES ('kind', NULL, 'marketing') ON CONFLICT DO NOTHING;
  SELECT l.id INTO target FROM blacklist_list l
   WHERE l.scope = 'kind' AND l.group_id IS NULL AND l.kind = 'marketing' FOR UPDATE;
  INSERT INTO blacklist_batch (list_id, reason, source, created_by)
  VALUES (target, left(coalesce(p_reason, ''), 200), 'reply', NULL) RETURNING id INTO batch;
  INSERT INTO blacklist_entry (list_id, number, batch_id)
  SELECT target, fresh.n, batch
    FROM (SELECT DISTINCT substr(n, 2)::bigint AS n FROM unnest(p_numbers) AS n WHERE n ~ '^\+[1-9][0-9]{6,14}$') fresh
   WHERE NOT EXISTS (SELECT 1 FROM blacklist_entry e WHERE e.list_id = target AND e.number = fresh.n)
   ORDER BY fresh.n;
  GET DIAGNOSTICS n_added = ROW_COUNT;
  IF n_added > 0 THEN
    UPDATE blacklist_batch SET added = n_added WHERE id = batch;
    UPDATE blacklist_list SET entries = entries + n_added WHERE id = target;
  ELSE
    DELETE FROM blacklist_batch WHERE id = batch;
  END IF;
  RETURN n_added;
END $$;

REVOKE ALL ON FUNCTION smsdesk._dispatch_opt_out(text[], text) FROM PUBLIC;
