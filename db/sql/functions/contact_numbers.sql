-- Full numbers for users with the right to see them (SEC-3); masked ones are in the table.
CREATE OR REPLACE FUNCTION smsdesk.contact_numbers(p_contacts bigint[])
RETURNS TABLE (id bigint, mobile text, mobile_e164 text, phone text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user;
BEGIN
  IF NOT smsdesk.is_system() THEN
    caller := smsdesk.me();
    IF caller.id IS NULL OR NOT caller.see_full_numbers THEN
      PERFORM smsdesk._fail('SD403', 'you may not see full phone numbers');
    END IF;
  END IF;
  RETURN QUERY
    SELECT c.id, smsdesk.contact_display_number(c.mobile_e164, c.mobile_raw), c.mobile_e164, c.phone
      FROM contact c
     WHERE c.id = ANY(p_contacts) AND c.owner_id IN (SELECT unnest(smsdesk._book_owners()));
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_numbers(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_numbers(bigint[]) TO "__P__operator";
