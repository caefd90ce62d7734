-- Keep each group's id_path (tg_user_group_path) and follow a move down the subtree (tg_user_group_moved).
CREATE TRIGGER user_group_path BEFORE INSERT OR UPDATE OF parent_id ON smsdesk.user_group
  FOR EACH ROW EXECUTE FUNCTION smsdesk.tg_user_group_path();

CREATE TRIGGER user_group_moved AFTER UPDATE OF parent_id ON smsdesk.user_group
  FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id)
  EXECUTE FUNCTION smsdesk.tg_user_group_moved();
