-- Every console masks content with the sensitive words, so everyone reads them.
ALTER TABLE smsdesk.sensitive_word ENABLE ROW LEVEL SECURITY;

CREATE POLICY sensitive_word_read ON smsdesk.sensitive_word FOR SELECT USING (true);
