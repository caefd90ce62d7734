-- A message is read with its task (the subquery runs under send_task's own policy).
ALTER TABLE smsdesk.message ENABLE ROW LEVEL SECURITY;

CREATE POLICY message_read ON smsdesk.message FOR SELECT
  USING (task_id IN (SELECT t.id FROM smsdesk.send_task t));
