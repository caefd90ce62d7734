-- Keeps a contact group's id_path, as for user groups; a group stays inside its owner's tree and
-- never moves into its own subtree. Trigger: triggers/contact_group.sql.
CREATE OR REPLACE FUNCTION smsdesk.tg_contact_group_path() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE parent contact_group;
BEGIN
  IF NEW.parent_id IS NULL THEN
    NEW.id_path := ARRAY[NEW.id];
  ELSE
    SELECT * INTO parent FROM contact_group WHERE id = NEW.parent_id;
    IF parent.owner_id IS DISTINCT FROM NEW.owner_id THEN
      RAISE EXCEPTION 'a group moves only inside its own address book' USING ERRCODE = 'SD422';
    END IF;
    IF NEW.id = ANY(parent.id_path) THEN
      RAISE EXCEPTION 'a group cannot be moved into its own subtree' USING ERRCODE = 'SD422';
    END IF;
    NEW.id_path := parent.id_path || NEW.id;
  END IF;
  RETURN NEW;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_contact_group_path() FROM PUBLIC;
