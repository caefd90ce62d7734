-- Bulk import, step 1: creates a staging table owned by the definer and lets the caller COPY
-- into it (and nothing else: no rules, triggers or views of theirs can ride along). contact_import_finish() then
-- checks the caller's right to the group and moves the rows in set-wise, all in the caller's transaction.
CREATE OR REPLACE FUNCTION smsdesk.contact_import_begin() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF NOT smsdesk.is_system() AND smsdesk.my_user_id() IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  DROP TABLE IF EXISTS pg_temp.contact_import_stage;
  CREATE TEMPORARY TABLE contact_import_stage (
    row_no integer NOT NULL,
    name text NOT NULL DEFAULT '',
    mobile_e164 text COLLATE "C",
    mobile_raw text NOT NULL DEFAULT '',
    phone text NOT NULL DEFAULT '',
    email text NOT NULL DEFAULT '',
    notes text NOT NULL DEFAULT '',
    custom jsonb NOT NULL DEFAULT '{}'
  ) ON COMMIT DROP;
  EXECUTE format('GRANT INSERT ON pg_temp.contact_import_stage TO %I', session_user);
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_import_begin() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_import_begin() TO "__P__operator";
