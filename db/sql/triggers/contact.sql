-- Count the contacts of each group, once per statement (tg_contact_count_insert).
CREATE TRIGGER contact_count_insert AFTER INSERT ON smsdesk.contact
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_contact_count_insert();

CREATE TRIGGER contact_count_delete AFTER DELETE ON smsdesk.contact
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_contact_count_delete();

CREATE TRIGGER contact_count_update AFTER UPDATE ON smsdesk.contact
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_contact_count_update();
