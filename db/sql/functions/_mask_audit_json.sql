-- An audit row's details as a caller without the right to full numbers reads them (SEC-3): every string that is a
-- phone number ("+8613800138000", "13800138000") and every number in a list of them (blacklist_delete's "numbers")
-- masked by mask_number; counts and everything else as they are.
CREATE OR REPLACE FUNCTION smsdesk._mask_audit_json(p jsonb, p_in_list boolean DEFAULT false) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT CASE jsonb_typeof(p)
    WHEN 'object' THEN (SELECT coalesce(jsonb_object_agg(e.key, smsdesk._mask_audit_json(e.value)), '{}'::jsonb)
                          FROM jsonb_each(p) AS e)
    WHEN 'array' THEN (SELECT coalesce(jsonb_agg(smsdesk._mask_audit_json(a.value, true) ORDER BY a.n), '[]'::jsonb)
                         FROM jsonb_array_elements(p) WITH ORDINALITY AS a(value, n))
    WHEN 'string' THEN CASE WHEN (p #>> '{}') ~ '^\+?[0-9]{7,15}$' THEN to_jsonb(smsdesk.mask_number(p #>> '{}'))
                            ELSE p END
    WHEN 'number' THEN CASE WHEN p_in_list AND (p #>> '{}') ~ '^[0-9]{7,15}$'
                            THEN to_jsonb(smsdesk.mask_number(p #>> '{}')) ELSE p END
    ELSE p END
$$;

REVOKE ALL ON FUNCTION smsdesk._mask_audit_json(jsonb, boolean) FROM PUBLIC;
