-- Removes a price list row that has not taken effect yet (a price already in force is history: set a new one
-- instead). Top-level administrators (or IT); audited.
CREATE OR REPLACE FUNCTION smsdesk.price_delete(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE r price_list;
BEGIN
  PERFORM smsdesk._require_top_admin('the price list');
  SELECT * INTO r FROM price_list WHERE id = p_id FOR UPDATE;
  IF r.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such price');
  END IF;
  IF r.effective_from <= now() THEN
    PERFORM smsdesk._fail('SD409', 'a price already in force stays: set a new one from a later date');
  END IF;
  DELETE FROM price_list WHERE id = p_id;
  PERFORM smsdesk._audit('price.delete', format('%s/%s', r.kind, r.carrier), NULL,
                         jsonb_build_object('kind', r.kind, 'carrier', r.carrier, 'price', r.price,
                                            'from', r.effective_from));
END $$;

REVOKE ALL ON FUNCTION smsdesk.price_delete(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.price_delete(bigint) TO "__P__operator";
