-- NOTIFY smsdesk_approval, payload TG_ARGV[0] ('task' or 'template'), whenever an item enters or
-- leaves a review queue, whoever causes it: the Approvals tab's live count. Triggers: triggers/send_task.sql,
-- triggers/message_template.sql.
CREATE OR REPLACE FUNCTION smsdesk.tg_approval_notify() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  PERFORM pg_notify('smsdesk_approval', TG_ARGV[0]);
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_approval_notify() FROM PUBLIC;
