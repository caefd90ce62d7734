-- A tsquery lexeme for any text (quotes doubled, backslashes escaped), with a prefix match when asked.
-- Inlined by the planner: no SET clause (see contact_display_number).
CREATE OR REPLACE FUNCTION smsdesk.ts_lexeme(p text, p_prefix boolean DEFAULT false) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN '''' || replace(replace(p, '\', '\\'), '''', '''''') || '''' || CASE WHEN p_prefix THEN ':*' ELSE '' END;

REVOKE ALL ON FUNCTION smsdesk.ts_lexeme(text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.ts_lexeme(text, boolean) TO "__P__operator";
