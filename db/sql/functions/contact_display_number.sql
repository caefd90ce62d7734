-- What a person dials: the national number for the mainland, E.164 elsewhere, the raw text when invalid.
-- Like mask_number, contact_search_terms and ts_lexeme, a SQL-standard body with no SET clause, so the planner
-- inlines it into the generated columns and indexes that use it (a function with SET is called row by row, 20
-- times slower); the body is bound when created, so a caller's search_path cannot change what it calls.
CREATE OR REPLACE FUNCTION smsdesk.contact_display_number(p_e164 text, p_raw text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN p_e164 LIKE '+86%' THEN substr(p_e164, 4)
            WHEN p_e164 IS NOT NULL THEN p_e164
            ELSE coalesce(p_raw, '') END;

REVOKE ALL ON FUNCTION smsdesk.contact_display_number(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_display_number(text, text) TO "__P__operator";
