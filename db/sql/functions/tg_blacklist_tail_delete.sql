-- Takes deleted entries out of blacklist_tail (see tg_blacklist_tail_insert), and drops a
-- tail row left empty.
CREATE OR REPLACE FUNCTION smsdesk.tg_blacklist_tail_delete() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  UPDATE blacklist_tail t SET numbers = ARRAY(SELECT x FROM unnest(t.numbers) AS x WHERE x <> ALL (g.numbers))
    FROM (SELECT o.list_id, (o.number % 10000)::smallint AS tail, array_agg(o.number) AS numbers
            FROM old_entries o GROUP BY 1, 2) g
   WHERE t.list_id = g.list_id AND t.tail = g.tail;
  DELETE FROM blacklist_tail t
   WHERE (t.list_id, t.tail) IN (SELECT o.list_id, (o.number % 10000)::smallint FROM old_entries o)
     AND cardinality(t.numbers) = 0;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_blacklist_tail_delete() FROM PUBLIC;
