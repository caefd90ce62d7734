GRANT SELECT ON smsdesk.audit_log TO "__P__operator", "__P__dispatcher";
