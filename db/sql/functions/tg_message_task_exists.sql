-- message.task_id refers to send_task.id. Not a FOREIGN KEY: that checks (and locks) the task
-- once per row, which was 5 to 20 s of a million-recipient submit. The triggers of triggers/message.sql and
-- triggers/send_task.sql keep the same rule once per statement: the tasks named by new messages must exist (locked
-- FOR KEY SHARE until commit, as a foreign key does, so a concurrent delete waits or the insert fails), a message
-- never changes task (tg_task_id_fixed), and deleting tasks deletes their messages (tg_send_task_cascade).
CREATE OR REPLACE FUNCTION smsdesk.tg_message_task_exists() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
DECLARE wanted bigint[]; locked int;
BEGIN
  SELECT array_agg(a.task_id) INTO wanted FROM (SELECT n.task_id FROM added n GROUP BY n.task_id) a;
  PERFORM 1 FROM send_task t WHERE t.id = ANY (wanted) FOR KEY SHARE;
  GET DIAGNOSTICS locked = ROW_COUNT;
  IF locked < coalesce(cardinality(wanted), 0) THEN
    RAISE EXCEPTION 'insert into message violates its reference to send_task'
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_message_task_exists() FROM PUBLIC;
