-- Who may read audit_log; which rows each sees: policies/audit_log.sql.
GRANT SELECT ON smsdesk.audit_log TO "__P__operator", "__P__dispatcher";
