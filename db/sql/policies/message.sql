ALTER TABLE smsdesk.message ENABLE ROW LEVEL SECURITY;

-- A message is visible with its task (the subquery runs under send_task's own policy).
CREATE POLICY message_read ON smsdesk.message FOR SELECT
  USING (task_id IN (SELECT t.id FROM smsdesk.send_task t));
