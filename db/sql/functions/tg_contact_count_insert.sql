-- Contacts per group, kept set-wise by statement triggers (triggers/contact.sql): a
-- 100,000-row import updates each group once.
CREATE OR REPLACE FUNCTION smsdesk.tg_contact_count_insert() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  UPDATE contact_group g SET contact_count = g.contact_count + n.c
    FROM (SELECT group_id, count(*) AS c FROM new_rows GROUP BY group_id) n
   WHERE g.id = n.group_id;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_contact_count_insert() FROM PUBLIC;
