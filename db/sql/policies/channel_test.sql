-- Connection tests of channels: those who manage channels (IT, top-level administrators) read them.
ALTER TABLE smsdesk.channel_test ENABLE ROW LEVEL SECURITY;

CREATE POLICY channel_test_read ON smsdesk.channel_test FOR SELECT
  USING ((SELECT smsdesk.is_system()) OR (SELECT smsdesk.i_am_top_admin()));
