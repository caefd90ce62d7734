-- Keeps a user group's id_path (its ancestors and itself, top first) so that "in my subtree" is one
-- array test; a group cannot move into its own subtree. Trigger: triggers/user_group.sql.
CREATE OR REPLACE FUNCTION smsdesk.tg_user_group_path() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE parent_path bigint[];
BEGIN
  IF NEW.parent_id IS NULL THEN
    NEW.id_path := ARRAY[NEW.id];
  ELSE
    SELECT id_path INTO parent_path FROM user_group WHERE id = NEW.parent_id;
    IF NEW.id = ANY(parent_path) THEN
      RAISE EXCEPTION 'a group cannot be moved into its own subtree' USING ERRCODE = 'SD422';
    END IF;
    NEW.id_path := parent_path || NEW.id;
  END IF;
  RETURN NEW;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_user_group_path() FROM PUBLIC;
