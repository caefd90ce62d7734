-- blacklist_tail files every entry under its list and its last four digits, so a search by
-- the end of a number ("尾号") reads one row per list instead of the whole list. Kept by statement triggers over the
-- rows a statement inserted or deleted, whoever writes the entries (the functions here, the dispatcher's opt-outs):
-- one grouped upsert per statement costs an import of a million numbers a fraction of what an index on the digits
-- would. Triggers: triggers/blacklist_entry.sql.
CREATE OR REPLACE FUNCTION smsdesk.tg_blacklist_tail_insert() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  INSERT INTO blacklist_tail (list_id, tail, numbers)
  SELECT n.list_id, (n.number % 10000)::smallint, array_agg(n.number) FROM new_entries n GROUP BY 1, 2
  ON CONFLICT (list_id, tail) DO UPDATE SET numbers = blacklist_tail.numbers || excluded.numbers;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_blacklist_tail_insert() FROM PUBLIC;
