ALTER TABLE smsdesk.sensitive_word ENABLE ROW LEVEL SECURITY;

-- Every console masks content with the words, so everyone reads them.
CREATE POLICY sensitive_word_read ON smsdesk.sensitive_word FOR SELECT USING (true);
