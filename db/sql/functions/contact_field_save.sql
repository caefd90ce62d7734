-- Creates (p_field NULL) or renames a custom field of an address book. Contacts keep their values
-- in custom, keyed by the field's id.
CREATE OR REPLACE FUNCTION smsdesk.contact_field_save(p_owner bigint, p_field bigint, p_label text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE clean text := trim(p_label); v_owner bigint := p_owner; v_field bigint := p_field;
BEGIN
  IF p_field IS NOT NULL THEN
    SELECT f.owner_id INTO v_owner FROM contact_field f WHERE f.id = p_field;
    IF v_owner IS NULL THEN
      PERFORM smsdesk._fail('SD404', 'no such field');
    END IF;
  END IF;
  PERFORM smsdesk._require_book(v_owner);
  IF clean IS NULL OR length(clean) NOT BETWEEN 1 AND 60 THEN
    PERFORM smsdesk._fail('SD422', 'a field name has 1 to 60 characters');
  END IF;
  IF EXISTS (SELECT 1 FROM contact_field f WHERE f.owner_id = v_owner AND f.label = clean
                AND f.id IS DISTINCT FROM p_field) THEN
    PERFORM smsdesk._fail('SD409', format('field "%s" already exists', clean));
  END IF;
  IF p_field IS NULL THEN
    INSERT INTO contact_field (owner_id, label, position)
    VALUES (v_owner, clean, (SELECT coalesce(max(f.position), 0) + 1 FROM contact_field f WHERE f.owner_id = v_owner))
    RETURNING id INTO v_field;
  ELSE
    UPDATE contact_field SET label = clean WHERE id = p_field;
  END IF;
  RETURN v_field;
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_field_save(bigint, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_field_save(bigint, bigint, text) TO "__P__operator";
