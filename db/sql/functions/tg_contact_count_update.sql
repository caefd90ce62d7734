-- Contacts per group after contacts moved between groups (see tg_contact_count_insert).
CREATE OR REPLACE FUNCTION smsdesk.tg_contact_count_update() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  UPDATE contact_group g SET contact_count = g.contact_count + d.c
    FROM (SELECT group_id, sum(c) AS c
            FROM (SELECT group_id, -count(*) AS c FROM old_rows GROUP BY group_id
                  UNION ALL
                  SELECT group_id, count(*) FROM new_rows GROUP BY group_id) x
           GROUP BY group_id) d
   WHERE g.id = d.group_id AND d.c <> 0;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_contact_count_update() FROM PUBLIC;
