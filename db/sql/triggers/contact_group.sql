-- Keep each contact group's id_path (tg_contact_group_path) and follow a move down the subtree.
CREATE TRIGGER contact_group_path BEFORE INSERT OR UPDATE OF parent_id ON smsdesk.contact_group
  FOR EACH ROW EXECUTE FUNCTION smsdesk.tg_contact_group_path();

CREATE TRIGGER contact_group_moved AFTER UPDATE OF parent_id ON smsdesk.contact_group
  FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id)
  EXECUTE FUNCTION smsdesk.tg_contact_group_moved();
