-- Top-level administrators (or IT) choose the status provider and the cache: the provider is
-- {"driver": "none"} or {"driver": "simulator" | "http", "url": "http(s)://…{numbers}…", "method": "GET" | "POST",
--  "auth_header": "Authorization: Bearer ${ENV_VAR}", "batch_size": 1..10000, "rate_per_second": > 0,
--  "timeout_s": 1..120, "results": "data", "fields": {"number": "mobile", "status": "status"},
--  "statuses": {"0": "empty", "1": "active", …}}; a secret stays in the dispatcher's environment (${ENV_VAR}).
CREATE OR REPLACE FUNCTION smsdesk.check_config_set(p_provider jsonb, p_cache_days integer, p_max_attempts integer)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE driver text := coalesce(p_provider ->> 'driver', 'none'); problem text;
BEGIN
  PERFORM smsdesk._require_top_admin('the status provider');
  problem := CASE
    WHEN jsonb_typeof(p_provider) IS DISTINCT FROM 'object' THEN 'the provider is a JSON object'
    WHEN driver NOT IN ('none', 'simulator', 'http') THEN 'driver is none, simulator or http'
    WHEN driver = 'none' THEN NULL
    WHEN coalesce(p_provider ->> 'url', '') !~ '^https?://[^\s]+$' THEN 'url is an http:// or https:// address'
    WHEN coalesce(p_provider ->> 'method', 'GET') NOT IN ('GET', 'POST') THEN 'method is GET or POST'
    WHEN jsonb_typeof(coalesce(p_provider -> 'batch_size', '100')) <> 'number'
         OR (p_provider ->> 'batch_size')::numeric NOT BETWEEN 1 AND 10000 THEN 'batch_size is 1 to 10000'
    WHEN jsonb_typeof(coalesce(p_provider -> 'rate_per_second', '50')) <> 'number'
         OR (p_provider ->> 'rate_per_second')::numeric NOT BETWEEN 0.01 AND 100000 THEN 'rate_per_second is above 0'
    WHEN jsonb_typeof(coalesce(p_provider -> 'timeout_s', '10')) <> 'number'
         OR (p_provider ->> 'timeout_s')::numeric NOT BETWEEN 1 AND 120 THEN 'timeout_s is 1 to 120'
    WHEN jsonb_typeof(coalesce(p_provider -> 'fields', '{}')) <> 'object' THEN 'fields is an object'
    WHEN jsonb_typeof(coalesce(p_provider -> 'statuses', '{}')) <> 'object' THEN 'statuses is an object'
    WHEN EXISTS (SELECT 1 FROM jsonb_each_text(coalesce(p_provider -> 'statuses', '{}')) s
                  WHERE s.value NOT IN ('empty', 'suspended', 'powered_off', 'active', 'unknown'))
      THEN 'statuses map to empty, suspended, powered_off, active or unknown'
    WHEN length(coalesce(p_provider ->> 'auth_header', '')) > 2000 THEN 'auth_header is too long'
    END;
  IF problem IS NOT NULL THEN
    PERFORM smsdesk._fail('SD422', problem);
  END IF;
  IF p_cache_days IS NOT NULL AND p_cache_days NOT BETWEEN 0 AND 3650 THEN
    PERFORM smsdesk._fail('SD422', 'cache_days is 0 to 3650');
  END IF;
  IF p_max_attempts IS NOT NULL AND p_max_attempts NOT BETWEEN 1 AND 20 THEN
    PERFORM smsdesk._fail('SD422', 'max_attempts is 1 to 20');
  END IF;
  UPDATE check_config SET provider = p_provider, cache_days = coalesce(p_cache_days, cache_days),
                          max_attempts = coalesce(p_max_attempts, max_attempts), updated_at = now()
   WHERE id = 1;
  PERFORM smsdesk._audit('check.provider', driver, NULL,
                         jsonb_build_object('driver', driver, 'url', p_provider ->> 'url',
                                            'cache_days', p_cache_days, 'max_attempts', p_max_attempts));
  RETURN smsdesk.check_config_get();
END $$;

REVOKE ALL ON FUNCTION smsdesk.check_config_set(jsonb, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.check_config_set(jsonb, integer, integer) TO "__P__operator";
