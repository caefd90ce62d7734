-- A channel's state changes: administrators read them.
ALTER TABLE smsdesk.channel_event ENABLE ROW LEVEL SECURITY;

CREATE POLICY channel_event_read ON smsdesk.channel_event FOR SELECT USING ((SELECT smsdesk.i_am_admin()));
