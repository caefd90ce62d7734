-- A phrase is read with its group (the subquery runs under phrase_group's own policy).
ALTER TABLE smsdesk.phrase ENABLE ROW LEVEL SECURITY;

CREATE POLICY phrase_read ON smsdesk.phrase FOR SELECT
  USING (phrase_group_id IN (SELECT id FROM smsdesk.phrase_group));
