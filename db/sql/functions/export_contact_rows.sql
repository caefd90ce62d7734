-- The rows of a contacts export (a ticket from export_begin): the contacts of the groups (or the ids) as the
-- caller sees them (it runs as the caller, under row-level security), masked numbers, in name order, with the
-- values of the custom fields p_fields. Inlined by the planner, so a cursor streams it.
CREATE OR REPLACE FUNCTION smsdesk.export_contact_rows(p_ticket bigint, p_groups bigint[], p_ids bigint[],
                                                       p_fields text[])
RETURNS TABLE (id bigint, group_id bigint, name text, mobile text, phone text, email text, notes text,
               custom text[])
LANGUAGE sql STABLE AS $$
  SELECT c.id, c.group_id, c.name, coalesce(c.mobile_masked, ''), coalesce(c.phone_masked, ''), c.email, c.notes,
         ARRAY(SELECT coalesce(c.custom ->> k, '') FROM unnest(coalesce(p_fields, '{}')) WITH ORDINALITY AS f(k, n)
                ORDER BY f.n)
    FROM smsdesk.contact c
   WHERE smsdesk._export_ticket_ok(p_ticket, 'contacts', NULL)
     AND CASE WHEN cardinality(p_ids) > 0 THEN c.id = ANY (p_ids) ELSE c.group_id = ANY (p_groups) END
   ORDER BY c.name, c.id
$$;

REVOKE ALL ON FUNCTION smsdesk.export_contact_rows(bigint, bigint[], bigint[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.export_contact_rows(bigint, bigint[], bigint[], text[]) TO "__P__operator";
