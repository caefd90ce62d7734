-- The text of a signature (SET-5) without its 【】: 2 to 8 characters, no brackets or control characters
-- inside; raises SD422 otherwise.
CREATE OR REPLACE FUNCTION smsdesk._signature_text(p_text text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE inner_text text := btrim(coalesce(p_text, ''));
BEGIN
  IF inner_text LIKE '【%' AND inner_text LIKE '%】' AND length(inner_text) >= 2 THEN
    inner_text := btrim(substr(inner_text, 2, length(inner_text) - 2));
  ELSIF inner_text LIKE '【%' OR inner_text LIKE '%】' THEN
    PERFORM smsdesk._fail('SD422', 'a signature''s brackets 【】 must enclose it');
  END IF;
  IF position('【' IN inner_text) > 0 OR position('】' IN inner_text) > 0 THEN
    PERFORM smsdesk._fail('SD422', 'a signature cannot hold brackets 【】 inside');
  END IF;
  IF inner_text ~ '[[:cntrl:]]' THEN
    PERFORM smsdesk._fail('SD422', 'a signature cannot hold control characters or line breaks');
  END IF;
  IF length(inner_text) NOT BETWEEN 2 AND 8 THEN
    PERFORM smsdesk._fail('SD422', 'a signature has 2 to 8 characters inside 【】');
  END IF;
  RETURN inner_text;
END $$;

REVOKE ALL ON FUNCTION smsdesk._signature_text(text) FROM PUBLIC;
