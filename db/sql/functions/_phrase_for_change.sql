-- A phrase is edited by its author, or by whoever may edit its group.
CREATE OR REPLACE FUNCTION smsdesk._phrase_for_change(p_id bigint) RETURNS smsdesk.phrase_group
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); item phrase; target phrase_group;
BEGIN
  SELECT * INTO item FROM phrase WHERE id = p_id FOR UPDATE;
  SELECT * INTO target FROM phrase_group WHERE id = item.phrase_group_id;
  IF item.id IS NULL OR (target.owner_id IS NOT NULL AND caller.id IS DISTINCT FROM target.owner_id) THEN
    PERFORM smsdesk._fail('SD404', 'no such phrase');
  END IF;
  IF target.owner_id IS NULL AND (caller.id IS NULL OR caller.id IS DISTINCT FROM item.created_by) THEN
    PERFORM smsdesk._phrase_group_editable(target);
  END IF;
  RETURN target;
END $$;

REVOKE ALL ON FUNCTION smsdesk._phrase_for_change(bigint) FROM PUBLIC;
