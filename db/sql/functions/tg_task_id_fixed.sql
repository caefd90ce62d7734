-- Refuses to change message.task_id or send_task.id (TG_ARGV[0] names the column): the reference
-- between them is kept by triggers, not a foreign key (see tg_message_task_exists).
CREATE OR REPLACE FUNCTION smsdesk.tg_task_id_fixed() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  RAISE EXCEPTION '%.% is never changed', TG_TABLE_NAME, TG_ARGV[0] USING ERRCODE = 'foreign_key_violation';
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_task_id_fixed() FROM PUBLIC;
