-- Contacts per group after a delete (see tg_contact_count_insert).
CREATE OR REPLACE FUNCTION smsdesk.tg_contact_count_delete() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  UPDATE contact_group g SET contact_count = g.contact_count - o.c
    FROM (SELECT group_id, count(*) AS c FROM old_rows GROUP BY group_id) o
   WHERE g.id = o.group_id;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_contact_count_delete() FROM PUBLIC;
