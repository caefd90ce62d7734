-- Who reads number checks: the owner, and administrators and reviewers over the check's group.
ALTER TABLE smsdesk.check_task ENABLE ROW LEVEL SECURITY;

CREATE POLICY check_task_read ON smsdesk.check_task FOR SELECT
  USING (owner_id = (SELECT smsdesk.my_user_id())
         OR ((SELECT smsdesk.i_oversee()) AND group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])));
