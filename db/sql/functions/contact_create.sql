-- Adds a contact to a group; a mobile number is in a group at most once.
CREATE OR REPLACE FUNCTION smsdesk.contact_create(p_group bigint, p_name text, p_e164 text, p_raw text, p_phone text,
                                       p_email text, p_notes text, p_custom jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g contact_group := smsdesk._group_for_change(p_group); new_id bigint;
BEGIN
  PERFORM smsdesk._check_contact(p_name, p_e164, p_raw, p_phone, p_email, p_notes, p_custom);
  IF p_e164 IS NOT NULL AND EXISTS (SELECT 1 FROM contact WHERE mobile_e164 = p_e164 AND group_id = g.id) THEN
    PERFORM smsdesk._fail('SD409', 'that mobile number is already in this group');
  END IF;
  INSERT INTO contact (owner_id, group_id, name, mobile_e164, mobile_raw, phone, email, notes, custom)
  VALUES (g.owner_id, g.id, trim(coalesce(p_name, '')), p_e164, trim(coalesce(p_raw, '')),
          trim(coalesce(p_phone, '')), trim(coalesce(p_email, '')), coalesce(p_notes, ''), coalesce(p_custom, '{}'))
  RETURNING id INTO new_id;
  RETURN new_id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_create(bigint, text, text, text, text, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_create(bigint, text, text, text, text, text, text, jsonb) TO "__P__operator";
