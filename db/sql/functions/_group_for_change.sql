-- A contact group, locked, after checking the caller may change its address book.
CREATE OR REPLACE FUNCTION smsdesk._group_for_change(p_group bigint) RETURNS smsdesk.contact_group
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g contact_group;
BEGIN
  SELECT * INTO g FROM contact_group WHERE id = p_group FOR UPDATE;
  IF g.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such contact group');
  END IF;
  PERFORM smsdesk._require_book(g.owner_id);
  RETURN g;
END $$;

REVOKE ALL ON FUNCTION smsdesk._group_for_change(bigint) FROM PUBLIC;
