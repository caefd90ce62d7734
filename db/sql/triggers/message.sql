-- message.task_id must name a task and never changes: the foreign key, kept once per statement (see
-- tg_message_task_exists).
CREATE TRIGGER message_task_exists AFTER INSERT ON smsdesk.message REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_message_task_exists();

CREATE TRIGGER message_task_fixed BEFORE UPDATE OF task_id ON smsdesk.message
  FOR EACH ROW WHEN (OLD.task_id IS DISTINCT FROM NEW.task_id) EXECUTE FUNCTION smsdesk.tg_task_id_fixed('task_id');
