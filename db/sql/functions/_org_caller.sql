-- The caller, after checking they may act on p_group: IT (a superuser, NULL) or an active administrator whose
-- subtree holds it. p_strict refuses the administrator's own group (its quota, trust, name and place are the business
-- of the groups above). p_over_admin is for creating or changing an administrator there: only an administrator of
-- a strictly higher group may, except that the top-level group's administrators manage one another (no escalation
-- by proxy: an administrator cannot make a peer who then raises them).
CREATE OR REPLACE FUNCTION smsdesk._org_caller(p_group bigint, p_strict boolean DEFAULT false,
                                               p_over_admin boolean DEFAULT false)
RETURNS smsdesk.app_user LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user;
BEGIN
  IF smsdesk.is_system() THEN
    RETURN NULL;
  END IF;
  caller := smsdesk.me();
  IF caller.id IS NULL OR caller.kind <> 'admin' THEN
    PERFORM smsdesk._org_fail('SD403', 'not_admin', 'only an administrator may do this');
  END IF;
  IF p_group IS NULL OR NOT smsdesk.group_in_subtree(p_group, caller.group_id) THEN
    PERFORM smsdesk._org_fail('SD403', 'out_of_scope', 'that group is outside your part of the organisation');
  END IF;
  IF p_group = caller.group_id THEN
    IF p_strict THEN
      PERFORM smsdesk._org_fail('SD403', 'own_group',
        'that group is outside your part of the organisation: your own group is managed from the group above');
    END IF;
    IF p_over_admin AND EXISTS (SELECT 1 FROM user_group WHERE id = caller.group_id AND parent_id IS NOT NULL) THEN
      PERFORM smsdesk._org_fail('SD403', 'peer_admin',
        'an administrator of your own group is created and changed only by an administrator of a higher group');
    END IF;
  END IF;
  RETURN caller;
END $$;

REVOKE ALL ON FUNCTION smsdesk._org_caller(bigint, boolean, boolean) FROM PUBLIC;
