-- The failure map: every signed-in user reads it (failure reasons in the task detail).
ALTER TABLE smsdesk.failure_map ENABLE ROW LEVEL SECURITY;

CREATE POLICY failure_map_read ON smsdesk.failure_map FOR SELECT USING ((SELECT smsdesk.my_user_id()) IS NOT NULL);
