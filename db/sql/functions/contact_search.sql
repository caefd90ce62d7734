-- Search across every address book the caller reads, by a fragment of a name, the start or the end of a
-- mobile number, or the start of an email address; ids ordered by name. At most p_limit matches are read
-- (in index order) and then sorted: a one-character search over a million contacts stays fast, and the
-- console asks for a narrower search when the limit is reached.
CREATE OR REPLACE FUNCTION smsdesk.contact_search(p_text text, p_limit integer DEFAULT 5000) RETURNS SETOF bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE q text := lower(trim(coalesce(p_text, ''))); digits text; compact text; owners bigint[] := smsdesk._book_owners();
        query tsquery;
BEGIN
  IF q = '' THEN
    RETURN;
  END IF;
  p_limit := least(greatest(coalesce(p_limit, 5000), 1), 100000);
  digits := regexp_replace(q, '[\s()+-]', '', 'g');
  IF digits ~ '^[0-9]{4,15}$' THEN
    -- 0086… and 86138… (a mainland number with its country code) search as the national number
    IF digits LIKE '0086%' THEN
      digits := substr(digits, 5);
    ELSIF digits LIKE '861%' AND length(digits) > 11 THEN
      digits := substr(digits, 3);
    END IF;
    query := (smsdesk.ts_lexeme('m:' || digits, true) || ' | ' || smsdesk.ts_lexeme('r:' || reverse(digits), true))::tsquery;
    RETURN QUERY
      SELECT m.id FROM (
        SELECT c.id, c.name FROM contact c
         WHERE smsdesk.contact_search_terms(c.name, c.mobile_e164, c.email) @@ query
           AND c.owner_id IN (SELECT unnest(owners))
         LIMIT p_limit) m
      ORDER BY m.name, m.id;
    RETURN;
  END IF;
  compact := replace(regexp_replace(q, '\s+', '', 'g'), '''', '''');
  -- every character of the fragment, or the start of an email; rechecked against the row
  query := ('(' || (SELECT string_agg(smsdesk.ts_lexeme(ch), ' & ') FROM unnest(string_to_array(compact, NULL)) ch)
            || ') | ' || smsdesk.ts_lexeme('e:' || q, true))::tsquery;
  RETURN QUERY
    SELECT m.id FROM (
      SELECT c.id, c.name FROM contact c
       WHERE smsdesk.contact_search_terms(c.name, c.mobile_e164, c.email) @@ query
         AND c.owner_id IN (SELECT unnest(owners))
         AND (strpos(replace(lower(c.name), ' ', ''), compact) > 0 OR starts_with(lower(c.email), q))
       LIMIT p_limit) m
    ORDER BY m.name, m.id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_search(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_search(text, integer) TO "__P__operator";
