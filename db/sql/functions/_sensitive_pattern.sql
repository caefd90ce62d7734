-- One regular expression that matches a folded text (word_fold) holding any sensitive word, NULL when there are
-- none: a body is tested once against every word (a thousand words cost one match, not a thousand strpos calls).
CREATE OR REPLACE FUNCTION smsdesk._sensitive_pattern() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT string_agg(regexp_replace(w.folded, '([.^$*+?()\[\]{}|\\])', '\\\1', 'g'), '|')
    FROM sensitive_word w WHERE w.folded <> ''
$$;

REVOKE ALL ON FUNCTION smsdesk._sensitive_pattern() FROM PUBLIC;
