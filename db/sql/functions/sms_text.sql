-- The text that goes on the air (SEND-3, SET-5), as the rules engine assembles it (domain.text.measure): the
-- signature in 【】, the content, and for marketing the opt-out suffix unless the content (trailing white space
-- aside, what Python's str.rstrip strips) already ends with it. p_signature is the library's text, without 【】.
-- A SQL-standard body with no SET clause: the planner inlines it.
CREATE OR REPLACE FUNCTION smsdesk.sms_text(p_kind text, p_signature text, p_content text, p_opt_out text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN coalesce(p_signature, '') <> '' THEN '【' || p_signature || '】' ELSE '' END
       || coalesce(p_content, '')
       || CASE WHEN p_kind = 'marketing' AND coalesce(p_opt_out, '') <> ''
                    AND right(rtrim(coalesce(p_content, ''),
                                    E'\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004'
                                    '\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000'),
                              length(p_opt_out)) <> p_opt_out
               THEN p_opt_out ELSE '' END;

REVOKE ALL ON FUNCTION smsdesk.sms_text(text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.sms_text(text, text, text, text) TO "__P__operator", "__P__dispatcher";
