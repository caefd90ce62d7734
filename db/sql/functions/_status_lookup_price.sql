-- What one live-status lookup costs, from the installation's price list (setting "prices", key "status_lookup");
-- NULL when the list has no price for it (lookups are then not charged).
CREATE OR REPLACE FUNCTION smsdesk._status_lookup_price() RETURNS numeric
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT CASE WHEN (smsdesk.setting('prices') ->> 'status_lookup') ~ '^[0-9]+(\.[0-9]+)?$'
              THEN (smsdesk.setting('prices') ->> 'status_lookup')::numeric END
$$;

REVOKE ALL ON FUNCTION smsdesk._status_lookup_price() FROM PUBLIC;
