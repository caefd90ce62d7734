-- Sets a price per segment (REP-2) from a date on: for a kind ('' any kind) and a carrier ('' any carrier); the kind
-- 'status_lookup' prices one live-status lookup of a number check (any carrier only).
-- Top-level administrators (or IT); a row for the same kind, carrier and date is replaced. Tasks keep the prices
-- recorded when they were submitted, so history never changes. Audited; returns the row's id.
CREATE OR REPLACE FUNCTION smsdesk.price_set(p_kind text, p_carrier text, p_price numeric,
                                             p_effective_from timestamptz DEFAULT now())
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE new_id bigint; k text := coalesce(btrim(p_kind), ''); c text := coalesce(btrim(p_carrier), '');
BEGIN
  PERFORM smsdesk._require_top_admin('the price list');
  IF k NOT IN ('', 'verification', 'notification', 'marketing', 'alert', 'status_lookup') THEN
    PERFORM smsdesk._fail('SD422', 'unknown message kind');
  END IF;
  IF k = 'status_lookup' AND c <> '' THEN
    PERFORM smsdesk._fail('SD422', 'a status lookup has one price for every carrier');
  END IF;
  IF length(c) > 40 THEN
    PERFORM smsdesk._fail('SD422', 'a carrier name has at most 40 characters');
  END IF;
  IF p_price IS NULL OR p_price < 0 OR p_price >= 1000 OR p_price <> round(p_price, 5) THEN
    PERFORM smsdesk._fail('SD422', 'a price per segment is from 0 to 999.99999, at most five decimals');
  END IF;
  IF p_effective_from IS NULL OR p_effective_from > now() + interval '10 years' THEN
    PERFORM smsdesk._fail('SD422', 'the date a price takes effect is missing or too far ahead');
  END IF;
  INSERT INTO price_list (kind, carrier, price, effective_from, created_by)
  VALUES (k, c, p_price, p_effective_from, smsdesk.my_user_id())
  ON CONFLICT (kind, carrier, effective_from) DO UPDATE
     SET price = excluded.price, created_by = excluded.created_by, created_at = now()
  RETURNING id INTO new_id;
  PERFORM smsdesk._audit('price.set', format('%s/%s', k, c), NULL,
                         jsonb_build_object('kind', k, 'carrier', c, 'price', p_price, 'from', p_effective_from));
  RETURN new_id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.price_set(text, text, numeric, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.price_set(text, text, numeric, timestamptz) TO "__P__operator";
