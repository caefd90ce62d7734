-- The body revision 0004 installed: 0004 loads it, and the downgrade of the revision that replaced it
-- puts it back. The current definition is triggers/send_task.sql.
CREATE TRIGGER send_task_id_fixed BEFORE UPDATE OF id ON smsdesk.send_task
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION smsdesk.tg_task_id_fixed('id');

CREATE TRIGGER send_task_cascade AFTER DELETE ON smsdesk.send_task REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_send_task_cascade();
