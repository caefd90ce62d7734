-- Whose address books the caller reads and changes: their own; administrators also those of every
-- user in their group's subtree (BOOK-3). NULL for a superuser (who bypasses row-level security anyway).
CREATE OR REPLACE FUNCTION smsdesk.my_contact_owners() RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT CASE
           WHEN u.kind = 'admin' THEN
             (SELECT coalesce(array_agg(a.id), '{}') FROM app_user a
                JOIN user_group g ON g.id = a.group_id
               WHERE u.group_id = ANY(g.id_path))
           ELSE ARRAY[u.id]
         END
    FROM app_user u WHERE u.role_name = session_user AND u.status = 'normal'
$$;

REVOKE ALL ON FUNCTION smsdesk.my_contact_owners() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.my_contact_owners() TO "__P__operator";
