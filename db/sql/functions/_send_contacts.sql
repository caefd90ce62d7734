-- The contacts an address-book pick stands for: these contacts and every contact of these groups and their
-- sub-groups, in the address books the caller reads; in name order, each contact once.
CREATE OR REPLACE FUNCTION smsdesk._send_contacts(p_contacts bigint[], p_groups bigint[])
RETURNS TABLE (contact_id bigint, e164 text, masked text, ord bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT c.id, c.mobile_e164, c.mobile_masked, row_number() OVER (ORDER BY c.name, c.id)
    FROM contact c
   WHERE c.owner_id = ANY (smsdesk._book_owners())
     AND (c.id = ANY (coalesce(p_contacts, '{}'))
          OR (cardinality(p_groups) > 0
              AND c.group_id IN (SELECT g.id FROM contact_group g WHERE g.id_path && p_groups)))
$$;

REVOKE ALL ON FUNCTION smsdesk._send_contacts(bigint[], bigint[]) FROM PUBLIC;
