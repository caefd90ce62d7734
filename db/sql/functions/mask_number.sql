-- The SQL twin of smsdesk.domain.masking.mask_number: 13812345678 -> 138****5678 (the four digits before
-- the last four are hidden; fewer than seven digits hide everything).
-- Inlined by the planner: no SET clause (see contact_display_number).
CREATE OR REPLACE FUNCTION smsdesk.mask_number(p text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN coalesce(p, '') = '' THEN ''
    -- '^\+?[0-9]{8,}$' without the bounded repeat, which makes PostgreSQL's regex engine 4 times slower (this
    -- runs for every imported row, in a generated column)
    WHEN p ~ '^\+?[0-9]+$' AND length(ltrim(p, '+')) >= 8 THEN left(p, length(p) - 8) || '****' || right(p, 4)
    WHEN length(regexp_replace(p, '[^0-9]', '', 'g')) < 7 THEN repeat('*', length(p))
    WHEN length(regexp_replace(p, '[^0-9]', '', 'g')) = 7 THEN
      regexp_replace(p, '[0-9]([^0-9]*)[0-9]([^0-9]*)[0-9]((?:[^0-9]*[0-9]){4}[^0-9]*)$', '*\1*\2*\3')
    ELSE
      regexp_replace(p, '[0-9]([^0-9]*)[0-9]([^0-9]*)[0-9]([^0-9]*)[0-9]((?:[^0-9]*[0-9]){4}[^0-9]*)$', '*\1*\2*\3*\4')
  END;

REVOKE ALL ON FUNCTION smsdesk.mask_number(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.mask_number(text) TO "__P__operator";
