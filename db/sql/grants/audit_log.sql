-- Who may read audit_log; which rows each sees: policies/audit_log.sql. An action's target and details can name a
-- phone number: administrators read them through audit_page(), which masks numbers unless they have the right to
-- see them in full (SEC-3).
GRANT SELECT ON smsdesk.audit_log TO "__P__dispatcher";
GRANT SELECT (id, at, actor_role, actor_user_id, group_id, action) ON smsdesk.audit_log TO "__P__operator";
