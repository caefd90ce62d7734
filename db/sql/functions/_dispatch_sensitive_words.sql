-- Sensitive words for the dispatcher's second check (SEC-4).
CREATE OR REPLACE FUNCTION smsdesk._dispatch_sensitive_words() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT coalesce(array_agg(w.word ORDER BY w.word), '{}') FROM smsdesk.sensitive_word w
$$;

REVOKE ALL ON FUNCTION smsdesk._dispatch_sensitive_words() FROM PUBLIC;
