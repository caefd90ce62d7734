-- A tail row is read with its list (under blacklist_list's policy).
ALTER TABLE smsdesk.blacklist_tail ENABLE ROW LEVEL SECURITY;

CREATE POLICY blacklist_tail_read ON smsdesk.blacklist_tail FOR SELECT
  USING (list_id IN (SELECT id FROM smsdesk.blacklist_list));
