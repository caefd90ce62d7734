-- Raises unless the caller may change p_owner's address book; returns the owner's user group (for audit).
CREATE OR REPLACE FUNCTION smsdesk._require_book(p_owner bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user; owner_group bigint;
BEGIN
  SELECT group_id INTO owner_group FROM app_user WHERE id = p_owner;
  IF owner_group IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such user');
  END IF;
  IF smsdesk.is_system() THEN
    RETURN owner_group;
  END IF;
  caller := smsdesk.me();
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF caller.id <> p_owner
     AND (caller.kind <> 'admin' OR NOT smsdesk.group_in_subtree(owner_group, caller.group_id)) THEN
    PERFORM smsdesk._fail('SD403', 'that address book is not yours');
  END IF;
  RETURN owner_group;
END $$;

REVOKE ALL ON FUNCTION smsdesk._require_book(bigint) FROM PUBLIC;
