-- A batch is read with its list (under blacklist_list's policy).
ALTER TABLE smsdesk.blacklist_batch ENABLE ROW LEVEL SECURITY;

CREATE POLICY blacklist_batch_read ON smsdesk.blacklist_batch FOR SELECT
  USING (list_id IN (SELECT id FROM smsdesk.blacklist_list));
