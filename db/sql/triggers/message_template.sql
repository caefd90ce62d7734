-- The review queue's live count: a template entering, changing or leaving (tg_approval_notify).
CREATE TRIGGER message_template_approval_insert AFTER INSERT ON smsdesk.message_template
  FOR EACH ROW EXECUTE FUNCTION smsdesk.tg_approval_notify('template');

CREATE TRIGGER message_template_approval_update AFTER UPDATE ON smsdesk.message_template
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.updated_at IS DISTINCT FROM NEW.updated_at)
  EXECUTE FUNCTION smsdesk.tg_approval_notify('template');

CREATE TRIGGER message_template_approval_delete AFTER DELETE ON smsdesk.message_template
  FOR EACH ROW EXECUTE FUNCTION smsdesk.tg_approval_notify('template');
