-- The sensitive words (as listed) found in p_text, folded the way the matcher folds.
CREATE OR REPLACE FUNCTION smsdesk.sensitive_hits(p_text text) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT coalesce(array_agg(w.word ORDER BY w.word), '{}')
    FROM sensitive_word w
   WHERE p_text IS NOT NULL AND strpos(smsdesk.word_fold(p_text), w.folded) > 0
$$;

REVOKE ALL ON FUNCTION smsdesk.sensitive_hits(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.sensitive_hits(text) TO "__P__operator";
