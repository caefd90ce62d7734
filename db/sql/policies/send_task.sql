-- Who reads tasks: the owner, and administrators and reviewers over the task's group.
ALTER TABLE smsdesk.send_task ENABLE ROW LEVEL SECURITY;

CREATE POLICY send_task_read ON smsdesk.send_task FOR SELECT
  USING (owner_id = (SELECT smsdesk.my_user_id())
         OR ((SELECT smsdesk.i_oversee()) AND group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])));
