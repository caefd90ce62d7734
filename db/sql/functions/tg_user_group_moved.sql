-- When a group moves, the paths of everything below it follow. Trigger: triggers/user_group.sql.
CREATE OR REPLACE FUNCTION smsdesk.tg_user_group_moved() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  UPDATE user_group
     SET id_path = NEW.id_path || id_path[array_position(id_path, NEW.id) + 1:]
   WHERE NEW.id = ANY(id_path) AND id <> NEW.id;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_user_group_moved() FROM PUBLIC;
