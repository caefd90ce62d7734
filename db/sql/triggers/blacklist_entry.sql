-- Keep blacklist_tail in step with the entries, one statement at a time, and refuse updates of an
-- entry (see tg_blacklist_tail_insert).
CREATE TRIGGER blacklist_entry_tail_insert AFTER INSERT ON smsdesk.blacklist_entry
  REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_blacklist_tail_insert();

CREATE TRIGGER blacklist_entry_tail_delete AFTER DELETE ON smsdesk.blacklist_entry
  REFERENCING OLD TABLE AS old_entries FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_blacklist_tail_delete();

CREATE TRIGGER blacklist_entry_frozen BEFORE UPDATE OF list_id, number ON smsdesk.blacklist_entry
  FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_blacklist_entry_frozen();
