-- Channels are installation-wide: every signed-in user may see names and states (message details, the
-- status bar); only the columns granted (grants/channel.sql), never the password.
ALTER TABLE smsdesk.channel ENABLE ROW LEVEL SECURITY;

CREATE POLICY channel_read ON smsdesk.channel FOR SELECT USING ((SELECT smsdesk.my_user_id()) IS NOT NULL);
