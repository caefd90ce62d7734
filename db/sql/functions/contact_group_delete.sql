-- Deletes a group with its sub-groups and their contacts; returns what went.
CREATE OR REPLACE FUNCTION smsdesk.contact_group_delete(p_group bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g contact_group := smsdesk._group_for_change(p_group); owner_group bigint; n_groups bigint; n_contacts bigint;
        path text := smsdesk.contact_group_path(p_group);
BEGIN
  owner_group := smsdesk._require_book(g.owner_id);
  SELECT count(*), coalesce(sum(contact_count), 0) INTO n_groups, n_contacts
    FROM contact_group WHERE g.id = ANY(id_path);
  DELETE FROM contact WHERE group_id IN (SELECT id FROM contact_group WHERE g.id = ANY(id_path));
  DELETE FROM contact_group WHERE g.id = ANY(id_path);
  PERFORM smsdesk._audit('contacts.group_delete', path, owner_group,
    jsonb_build_object('owner', (SELECT login FROM app_user WHERE id = g.owner_id),
                       'groups', n_groups, 'contacts', n_contacts));
  RETURN jsonb_build_object('groups', n_groups, 'contacts', n_contacts);
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_group_delete(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_group_delete(bigint) TO "__P__operator";
