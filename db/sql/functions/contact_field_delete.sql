-- Deletes a custom field and its value from every contact of that address book.
CREATE OR REPLACE FUNCTION smsdesk.contact_field_delete(p_field bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE f contact_field;
BEGIN
  SELECT * INTO f FROM contact_field WHERE id = p_field;
  IF f.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such field');
  END IF;
  PERFORM smsdesk._require_book(f.owner_id);
  UPDATE contact SET custom = custom - f.id::text
   WHERE owner_id = f.owner_id AND custom ? f.id::text;
  DELETE FROM contact_field WHERE id = f.id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_field_delete(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_field_delete(bigint) TO "__P__operator";
