-- Bulk import, step 2 (after contact_import_begin and the caller's COPY). p_update: a number
-- already in the group has its mapped fields (p_fields) overwritten; otherwise the row is skipped. Returns
-- {inserted, updated, skipped_rows}. The client removed duplicates within the file and checked every field; the
-- rows are checked again here with the console's own rules (lengths, the E.164 shape, an e-mail address as the
-- console's pattern [^@\s]+@[^@\s]+\.[^@\s]+ with Python's whitespace), and the table's constraints check them
-- too. The group's row stays locked to the end of the transaction, so two imports into one group take turns.
CREATE OR REPLACE FUNCTION smsdesk.contact_import_finish(p_group bigint, p_update boolean, p_fields text[], p_source text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET work_mem = '64MB'
AS $$
DECLARE g contact_group := smsdesk._group_for_change(p_group); owner_group bigint;
        inserted integer := 0; updated integer := 0; skipped integer[] := '{}'; staged integer; dup integer;
        bad_row integer; bad_reason text;
        -- the console's e-mail pattern; [^@\s] as Python reads it (its \s is Unicode whitespace)
        email_rule text := '^[^@\s\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+'
                           '@[^@\s\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+'
                           '\.[^@\s\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$';
BEGIN
  owner_group := smsdesk._require_book(g.owner_id);
  IF NOT EXISTS (SELECT 1 FROM pg_class WHERE oid = to_regclass('pg_temp.contact_import_stage')
                    AND relkind = 'r' AND relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)) THEN
    PERFORM smsdesk._fail('SD422', 'no import is in progress: call contact_import_begin() first');
  END IF;
  SELECT count(*), count(*) - count(DISTINCT mobile_e164) - (count(*) - count(mobile_e164))
    INTO staged, dup FROM pg_temp.contact_import_stage;
  IF dup > 0 THEN
    PERFORM smsdesk._fail('SD422', 'the rows to import repeat a mobile number');
  END IF;
  SELECT s.row_no, CASE WHEN s.email <> '' AND s.email !~ email_rule THEN 'that is not an email address'
                        WHEN s.mobile_e164 IS NOT NULL AND s.mobile_e164 !~ '^\+[1-9][0-9]{6,14}$'
                          THEN 'a normalised mobile number is "+" and 7 to 15 digits'
                        WHEN jsonb_typeof(s.custom) <> 'object' THEN 'custom fields are an object'
                        ELSE 'a field is too long (name 200, numbers 64, email 254, notes 2000 characters)' END
    INTO bad_row, bad_reason
    FROM pg_temp.contact_import_stage s
   WHERE (s.email <> '' AND s.email !~ email_rule)
      OR (s.mobile_e164 IS NOT NULL AND s.mobile_e164 !~ '^\+[1-9][0-9]{6,14}$')
      OR jsonb_typeof(s.custom) <> 'object'
      OR length(s.name) > 200 OR length(s.mobile_raw) > 64 OR length(s.phone) > 64 OR length(s.email) > 254
      OR length(s.notes) > 2000
   ORDER BY s.row_no LIMIT 1;
  IF bad_row IS NOT NULL THEN
    PERFORM smsdesk._fail('SD422', format('row %s cannot be imported: %s', bad_row, bad_reason));
  END IF;
  BEGIN
    IF coalesce(p_update, false) THEN
      UPDATE contact c SET
          name = CASE WHEN 'name' = ANY(p_fields) THEN s.name ELSE c.name END,
          mobile_raw = s.mobile_raw,
          phone = CASE WHEN 'phone' = ANY(p_fields) THEN s.phone ELSE c.phone END,
          email = CASE WHEN 'email' = ANY(p_fields) THEN s.email ELSE c.email END,
          notes = CASE WHEN 'notes' = ANY(p_fields) THEN s.notes ELSE c.notes END,
          custom = c.custom || s.custom,
          updated_at = now(), version = c.version + 1
        FROM pg_temp.contact_import_stage s
       WHERE c.group_id = g.id AND c.mobile_e164 = s.mobile_e164;
      GET DIAGNOSTICS updated = ROW_COUNT;
    ELSIF g.contact_count > 0 THEN
      SELECT coalesce(array_agg(s.row_no ORDER BY s.row_no), '{}') INTO skipped
        FROM pg_temp.contact_import_stage s
       WHERE s.mobile_e164 IS NOT NULL
         AND EXISTS (SELECT 1 FROM contact c WHERE c.group_id = g.id AND c.mobile_e164 = s.mobile_e164);
    END IF;
    IF g.contact_count = 0 THEN
      -- an empty group (locked, so it stays so): nothing to compare against
      INSERT INTO contact (owner_id, group_id, name, mobile_e164, mobile_raw, phone, email, notes, custom)
      SELECT g.owner_id, g.id, s.name, s.mobile_e164, s.mobile_raw, s.phone, s.email, s.notes, s.custom
        FROM pg_temp.contact_import_stage s ORDER BY s.row_no;
    ELSE
      INSERT INTO contact (owner_id, group_id, name, mobile_e164, mobile_raw, phone, email, notes, custom)
      SELECT g.owner_id, g.id, s.name, s.mobile_e164, s.mobile_raw, s.phone, s.email, s.notes, s.custom
        FROM pg_temp.contact_import_stage s
       WHERE s.mobile_e164 IS NULL
          OR NOT EXISTS (SELECT 1 FROM contact c WHERE c.group_id = g.id AND c.mobile_e164 = s.mobile_e164)
       ORDER BY s.row_no;
    END IF;
    GET DIAGNOSTICS inserted = ROW_COUNT;
  EXCEPTION WHEN check_violation OR not_null_violation OR invalid_text_representation THEN
    PERFORM smsdesk._fail('SD422', 'a row cannot be imported: ' || SQLERRM);
  END;
  PERFORM smsdesk._audit('contacts.import', smsdesk.contact_group_path(g.id), owner_group,
    jsonb_build_object('owner', (SELECT login FROM app_user WHERE id = g.owner_id), 'source', left(p_source, 200),
                       'rows', staged, 'inserted', inserted, 'updated', updated,
                       'skipped', cardinality(skipped)));
  DROP TABLE pg_temp.contact_import_stage;
  RETURN jsonb_build_object('inserted', inserted, 'updated', updated, 'skipped_rows', to_jsonb(skipped));
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_import_finish(bigint, boolean, text[], text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_import_finish(bigint, boolean, text[], text) TO "__P__operator";
