ALTER TABLE smsdesk.channel ENABLE ROW LEVEL SECURITY;

-- Channels are installation-wide: every signed-in user may see names and states (message details, the
-- status bar); only the columns granted below, never the password.
CREATE POLICY channel_read ON smsdesk.channel FOR SELECT USING ((SELECT smsdesk.my_user_id()) IS NOT NULL);
