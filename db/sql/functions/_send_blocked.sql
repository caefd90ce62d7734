-- send_submit's blacklist check: the numbers among p_numbers that a send of p_kind by a user of
-- p_group may not reach, with the list that blocks each (global first, then the kind's, then a group's). E.164
-- numbers take one hash join (_blacklisted_e164); when some are not E.164 yet (task_queue refuses them afterwards),
-- the rest are filtered by the regular expression first.
CREATE OR REPLACE FUNCTION smsdesk._send_blocked(p_numbers text[], p_kind text, p_group bigint)
RETURNS TABLE (number text, scope text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET work_mem = '64MB' AS $$
#variable_conflict use_column
DECLARE found_numbers text[]; found_scopes text[];
BEGIN
  BEGIN
    SELECT array_agg(b.number), array_agg(b.scope) INTO found_numbers, found_scopes
      FROM smsdesk._blacklisted_e164(p_numbers, p_kind, p_group) b;
  EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
    SELECT array_agg(b.number), array_agg(b.scope) INTO found_numbers, found_scopes
      FROM smsdesk._blacklisted_e164(ARRAY(SELECT n FROM unnest(p_numbers) AS n WHERE n ~ '^\+[1-9][0-9]{6,14}$'),
                                     p_kind, p_group) b;
  END;
  RETURN QUERY SELECT f.n, f.s FROM unnest(found_numbers, found_scopes) AS f(n, s);
END $$;

REVOKE ALL ON FUNCTION smsdesk._send_blocked(text[], text, bigint) FROM PUBLIC;
