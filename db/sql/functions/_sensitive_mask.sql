-- p_text with every character of every sensitive word in it replaced by "*" (SEC-4), as the rules engine masks
-- (domain.words.SensitiveWords.mask): words are found in the folded text (case and full width ignored, word_fold),
-- overlapping and nested matches all masked, the rest of the text unchanged. Callers find first whether any word
-- is there at all (a few regular expressions over every word, _sensitive_patterns) and call this only for texts that
-- hold one.
CREATE OR REPLACE FUNCTION smsdesk._sensitive_mask(p_text text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE haystack text := smsdesk.word_fold(p_text); masked text := p_text; w record; at int; found int;
BEGIN
  IF length(haystack) <> length(p_text) THEN  -- a lower() that is not one to one: fold one character at a time
    SELECT string_agg(left(smsdesk.word_fold(x.c), 1), '' ORDER BY x.i) INTO haystack
      FROM regexp_split_to_table(p_text, '') WITH ORDINALITY AS x(c, i);
  END IF;
  FOR w IN SELECT s.folded FROM sensitive_word s WHERE s.folded <> '' AND strpos(haystack, s.folded) > 0 LOOP
    at := 0;
    LOOP
      found := strpos(substr(haystack, at + 1), w.folded);
      EXIT WHEN found = 0;
      at := at + found;  -- where this match starts; the next search starts one character later
      masked := overlay(masked PLACING repeat('*', length(w.folded)) FROM at FOR length(w.folded));
    END LOOP;
  END LOOP;
  RETURN masked;
END $$;

REVOKE ALL ON FUNCTION smsdesk._sensitive_mask(text) FROM PUBLIC;
