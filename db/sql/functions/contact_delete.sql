-- Deletes contacts, all of them in address books the caller may change; returns how many.
CREATE OR REPLACE FUNCTION smsdesk.contact_delete(p_contacts bigint[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE owners bigint[] := smsdesk._book_owners(); deleted integer;
BEGIN
  IF EXISTS (SELECT 1 FROM contact WHERE id = ANY(p_contacts) AND NOT owner_id = ANY(owners)) THEN
    PERFORM smsdesk._fail('SD403', 'some of those contacts are not yours');
  END IF;
  DELETE FROM contact WHERE id = ANY(p_contacts);
  GET DIAGNOSTICS deleted = ROW_COUNT;
  RETURN deleted;
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_delete(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_delete(bigint[]) TO "__P__operator";
