-- Every owner whose address book the caller may change (all users for a superuser).
CREATE OR REPLACE FUNCTION smsdesk._book_owners() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF smsdesk.is_system() THEN
    RETURN (SELECT coalesce(array_agg(id), '{}') FROM app_user);
  END IF;
  RETURN coalesce(smsdesk.my_contact_owners(), '{}');
END $$;

REVOKE ALL ON FUNCTION smsdesk._book_owners() FROM PUBLIC;
