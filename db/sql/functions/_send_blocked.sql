-- send_submit's check, same signature as revision 0005's: numbers that are not E.164 yet (task_queue refuses
-- them afterwards) are looked up the slow way, behind the regular expression.
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
