-- Deleting tasks deletes their messages, once per statement (ON DELETE CASCADE without a
-- foreign key; see tg_message_task_exists).
CREATE OR REPLACE FUNCTION smsdesk.tg_send_task_cascade() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
BEGIN
  DELETE FROM message m USING gone g WHERE m.task_id = g.id;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_send_task_cascade() FROM PUBLIC;
