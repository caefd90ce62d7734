-- What the search index holds for a contact, as a tsvector (only built-in GIN operators are available
-- everywhere; pg_trgm is not in the embedded server): every character of the name, so any fragment of a
-- Chinese name is found; the mobile number ("m:138…") and its reverse ("r:…8765"), so prefix queries find
-- its start and its end; the email ("e:…"), for its start. One GIN index instead of four B-trees keeps a
-- 100,000-row import cheap.
-- Inlined by the planner: no SET clause (see contact_display_number).
CREATE OR REPLACE FUNCTION smsdesk.contact_search_terms(p_name text, p_e164 text, p_email text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN array_to_tsvector(array_remove(
  string_to_array(replace(lower(p_name), ' ', ''), NULL)
  || ARRAY[
       'm:' || CASE WHEN p_e164 LIKE '+86%' THEN substr(p_e164, 4) ELSE substr(p_e164, 2) END,
       'r:' || reverse(CASE WHEN p_e164 LIKE '+86%' THEN substr(p_e164, 4) ELSE substr(p_e164, 2) END),
       'e:' || nullif(lower(p_email), '')],
  NULL));

REVOKE ALL ON FUNCTION smsdesk.contact_search_terms(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_search_terms(text, text, text) TO "__P__operator";
