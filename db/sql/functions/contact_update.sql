-- Optimistic concurrency: p_version is the version the editor started from. NULL p_raw / p_phone keep the
-- stored numbers (a user who sees them masked can edit everything else). Returns the new version.
CREATE OR REPLACE FUNCTION smsdesk.contact_update(p_contact bigint, p_version integer, p_name text, p_e164 text, p_raw text,
                                       p_phone text, p_email text, p_notes text, p_custom jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE c contact; new_version integer;
BEGIN
  SELECT * INTO c FROM contact WHERE id = p_contact FOR UPDATE;
  IF c.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'that contact no longer exists; somebody may have deleted it');
  END IF;
  PERFORM smsdesk._require_book(c.owner_id);
  IF c.version <> p_version THEN
    PERFORM smsdesk._fail('SD409', 'somebody else changed this contact after you opened it');
  END IF;
  IF p_raw IS NULL THEN
    p_e164 := c.mobile_e164;
    p_raw := c.mobile_raw;
  END IF;
  PERFORM smsdesk._check_contact(p_name, p_e164, p_raw, coalesce(p_phone, c.phone), p_email, p_notes, p_custom);
  IF p_e164 IS NOT NULL AND EXISTS (SELECT 1 FROM contact WHERE mobile_e164 = p_e164 AND group_id = c.group_id
                                       AND id <> c.id) THEN
    PERFORM smsdesk._fail('SD409', 'that mobile number is already in this group');
  END IF;
  UPDATE contact SET name = trim(coalesce(p_name, '')), mobile_e164 = p_e164, mobile_raw = trim(p_raw),
         phone = trim(coalesce(p_phone, c.phone)), email = trim(coalesce(p_email, '')), notes = coalesce(p_notes, ''),
         custom = coalesce(p_custom, '{}'), updated_at = now(), version = c.version + 1
   WHERE id = c.id RETURNING version INTO new_version;
  RETURN new_version;
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_update(bigint, integer, text, text, text, text, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_update(bigint, integer, text, text, text, text, text, text, jsonb) TO "__P__operator";
