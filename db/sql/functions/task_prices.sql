-- The prices per segment in force for a kind at p_at (REP-2, GW-5), as recorded on a task at submit
-- (send_task.prices) and shown by the Send and template previews: {"": price for any carrier, carrier: price, …}.
-- From the price list, for each carrier the most specific row wins (this kind and carrier, this kind, this carrier,
-- any), and of those the latest whose date has come. No row at all: 0.
CREATE OR REPLACE FUNCTION smsdesk.task_prices(p_kind text, p_at timestamptz DEFAULT now()) RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT jsonb_object_agg(c.carrier, coalesce(
           (SELECT p.price FROM price_list p
             WHERE p.effective_from <= coalesce(p_at, now()) AND p.kind IN (p_kind, '') AND p.carrier IN (c.carrier, '')
             ORDER BY p.kind <> '' DESC, p.carrier <> '' DESC, p.effective_from DESC, p.id DESC LIMIT 1), 0))
    FROM (SELECT '' AS carrier
          UNION
          SELECT p.carrier FROM price_list p
           WHERE p.carrier <> '' AND p.kind IN (p_kind, '') AND p.effective_from <= coalesce(p_at, now())) c
$$;

REVOKE ALL ON FUNCTION smsdesk.task_prices(text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.task_prices(text, timestamptz) TO "__P__operator", "__P__dispatcher";
