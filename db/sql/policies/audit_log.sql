-- Who reads the audit log (SEC-2): administrators, for their subtree; rows that concern no group only
-- administrators of the top-level group.
ALTER TABLE smsdesk.audit_log ENABLE ROW LEVEL SECURITY;

CREATE POLICY audit_log_read ON smsdesk.audit_log FOR SELECT
  USING ((SELECT smsdesk.i_am_admin())
         AND (group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])
              OR (group_id IS NULL AND (SELECT smsdesk.i_am_top_admin()))));
