-- The audit log is append-only, even for the table owner; only a retention purge (SEC-5, with
-- smsdesk.purge set) may delete. Triggers: triggers/audit_log.sql.
CREATE OR REPLACE FUNCTION smsdesk.tg_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('smsdesk.purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = '42501';
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_audit_append_only() FROM PUBLIC;
