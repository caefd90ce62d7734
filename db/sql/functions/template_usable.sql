-- May the caller send with this template now (TPL-3): approved, and theirs or public above them.
CREATE OR REPLACE FUNCTION smsdesk.template_usable(p_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT coalesce((SELECT t.status = 'approved'
                          AND (smsdesk.is_system() OR t.owner_id = smsdesk.my_user_id()
                               OR (t.is_public AND t.group_id = ANY (smsdesk.my_ancestor_groups())))
                     FROM message_template t WHERE t.id = p_id), false)
$$;

REVOKE ALL ON FUNCTION smsdesk.template_usable(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.template_usable(bigint) TO "__P__operator", "__P__dispatcher";
