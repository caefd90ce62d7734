-- Checks one contact's fields; the client normalised the number (smsdesk.domain.numbers), the database
-- holds it to E.164's shape.
CREATE OR REPLACE FUNCTION smsdesk._check_contact(p_name text, p_e164 text, p_raw text, p_phone text, p_email text,
                                       p_notes text, p_custom jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF coalesce(trim(p_name), '') = '' AND coalesce(trim(p_raw), '') = '' THEN
    PERFORM smsdesk._fail('SD422', 'a contact needs a name or a mobile number');
  END IF;
  IF length(p_name) > 200 OR length(p_raw) > 64 OR length(p_phone) > 64 OR length(p_email) > 254
     OR length(p_notes) > 2000 THEN
    PERFORM smsdesk._fail('SD422', 'a field is too long (name 200, numbers 64, email 254, notes 2000 characters)');
  END IF;
  IF p_e164 IS NOT NULL AND p_e164 !~ '^\+[1-9][0-9]{6,14}$' THEN
    PERFORM smsdesk._fail('SD422', 'a normalised mobile number is "+" and 7 to 15 digits');
  END IF;
  IF coalesce(p_email, '') <> '' AND p_email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' THEN
    PERFORM smsdesk._fail('SD422', 'that is not an email address');
  END IF;
  IF p_custom IS NOT NULL AND jsonb_typeof(p_custom) <> 'object' THEN
    PERFORM smsdesk._fail('SD422', 'custom fields are an object');
  END IF;
END $$;

REVOKE ALL ON FUNCTION smsdesk._check_contact(text, text, text, text, text, text, jsonb) FROM PUBLIC;
