-- When a contact group moves, the paths of everything below it follow.
CREATE OR REPLACE FUNCTION smsdesk.tg_contact_group_moved() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  UPDATE contact_group
     SET id_path = NEW.id_path || id_path[array_position(id_path, NEW.id) + 1:]
   WHERE NEW.id = ANY(id_path) AND id <> NEW.id;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_contact_group_moved() FROM PUBLIC;
