-- The audit log is append-only (tg_audit_append_only), TRUNCATE included.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON smsdesk.audit_log
  FOR EACH ROW EXECUTE FUNCTION smsdesk.tg_audit_append_only();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON smsdesk.audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_audit_append_only();
