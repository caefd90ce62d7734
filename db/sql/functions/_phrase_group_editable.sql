-- May the caller edit (not just add to) this phrase group: its owner; for a public group its creator
-- or an administrator over its user group.
CREATE OR REPLACE FUNCTION smsdesk._phrase_group_editable(p_group smsdesk.phrase_group) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller();
BEGIN
  IF p_group.owner_id IS NOT NULL THEN
    IF caller.id IS DISTINCT FROM p_group.owner_id THEN
      PERFORM smsdesk._fail('SD404', 'no such phrase group');
    END IF;
  ELSIF caller.id IS NULL OR caller.id IS DISTINCT FROM p_group.created_by THEN
    PERFORM smsdesk._require_admin_over(p_group.user_group_id);
  END IF;
END $$;

REVOKE ALL ON FUNCTION smsdesk._phrase_group_editable(smsdesk.phrase_group) FROM PUBLIC;
