-- Removes numbers: p_lists[i] and p_numbers[i] name one entry.
CREATE OR REPLACE FUNCTION smsdesk.blacklist_delete(p_lists bigint[], p_numbers bigint[]) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE one_list blacklist_list; gone bigint[]; n bigint; total bigint := 0;
BEGIN
  IF cardinality(p_lists) IS DISTINCT FROM cardinality(p_numbers) THEN
    PERFORM smsdesk._fail('SD422', 'one list per number');
  END IF;
  FOR one_list IN SELECT * FROM blacklist_list WHERE id IN (SELECT DISTINCT unnest(p_lists)) ORDER BY id LOOP
    one_list := smsdesk._blacklist_list_for_change(one_list.scope, one_list.group_id, one_list.kind, false);
    WITH d AS (DELETE FROM blacklist_entry e
                USING unnest(p_lists, p_numbers) AS x(list_id, number)
                WHERE e.list_id = one_list.id AND x.list_id = one_list.id AND e.number = x.number
               RETURNING e.number)
    SELECT array_agg(d.number), count(*) INTO gone, n FROM d;
    UPDATE blacklist_list SET entries = entries - n WHERE id = one_list.id;
    total := total + n;
    PERFORM smsdesk._audit('blacklist.delete',
                           CASE WHEN n = 1 THEN '+' || gone[1] ELSE smsdesk._blacklist_label(one_list) END,
                           one_list.group_id,
                           jsonb_build_object('list', smsdesk._blacklist_label(one_list), 'deleted', n,
                                              'numbers', to_jsonb(gone[1:20])));
  END LOOP;
  RETURN total;
END $$;

REVOKE ALL ON FUNCTION smsdesk.blacklist_delete(bigint[], bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.blacklist_delete(bigint[], bigint[]) TO "__P__admin";
