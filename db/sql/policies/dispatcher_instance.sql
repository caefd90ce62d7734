-- Dispatcher processes: every signed-in user reads them (the status bar).
ALTER TABLE smsdesk.dispatcher_instance ENABLE ROW LEVEL SECURITY;

CREATE POLICY dispatcher_instance_read ON smsdesk.dispatcher_instance FOR SELECT
  USING ((SELECT smsdesk.my_user_id()) IS NOT NULL);
