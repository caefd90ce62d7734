-- A check's results are read by whoever reads the check (policies/check_task.sql).
ALTER TABLE smsdesk.check_result ENABLE ROW LEVEL SECURITY;

CREATE POLICY check_result_read ON smsdesk.check_result FOR SELECT
  USING (task_id IN (SELECT t.id FROM smsdesk.check_task t));
