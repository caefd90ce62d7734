-- An entry is read with its list (under blacklist_list's policy).
ALTER TABLE smsdesk.blacklist_entry ENABLE ROW LEVEL SECURITY;

CREATE POLICY blacklist_entry_read ON smsdesk.blacklist_entry FOR SELECT
  USING (list_id IN (SELECT id FROM smsdesk.blacklist_list));
