-- A task's id never changes and deleting tasks deletes their messages (the other half of message's
-- reference, see tg_message_task_exists); the review queue's live count (tg_approval_notify).
CREATE TRIGGER send_task_id_fixed BEFORE UPDATE OF id ON smsdesk.send_task
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION smsdesk.tg_task_id_fixed('id');

CREATE TRIGGER send_task_cascade AFTER DELETE ON smsdesk.send_task REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_send_task_cascade();

CREATE TRIGGER send_task_approval_insert AFTER INSERT ON smsdesk.send_task
  FOR EACH ROW WHEN (NEW.status = 'awaiting_review')
  EXECUTE FUNCTION smsdesk.tg_approval_notify('task');

CREATE TRIGGER send_task_approval_update AFTER UPDATE OF status ON smsdesk.send_task
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
                     AND (OLD.status = 'awaiting_review' OR NEW.status = 'awaiting_review'))
  EXECUTE FUNCTION smsdesk.tg_approval_notify('task');

CREATE TRIGGER send_task_approval_delete AFTER DELETE ON smsdesk.send_task
  FOR EACH ROW WHEN (OLD.status = 'awaiting_review')
  EXECUTE FUNCTION smsdesk.tg_approval_notify('task');
