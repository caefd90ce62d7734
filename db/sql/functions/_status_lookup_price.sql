-- What one live-status lookup costs: the price list's latest row in force for the kind 'status_lookup' (any
-- carrier); NULL when the list has none (lookups are then not charged).
CREATE OR REPLACE FUNCTION smsdesk._status_lookup_price() RETURNS numeric
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT p.price FROM price_list p
   WHERE p.kind = 'status_lookup' AND p.carrier = '' AND p.effective_from <= now()
   ORDER BY p.effective_from DESC, p.id DESC LIMIT 1
$$;

REVOKE ALL ON FUNCTION smsdesk._status_lookup_price() FROM PUBLIC;
