-- The users of an export (USR-3, SEC-2), recorded in the audit log by the database as users.export with how many
-- rows left: the users of p_groups (all the caller oversees when NULL) that the caller oversees, live or deleted,
-- with their group's path; mobiles masked unless the caller sees full numbers (SEC-3).
CREATE OR REPLACE FUNCTION smsdesk.user_export(p_groups bigint[] DEFAULT NULL, p_deleted boolean DEFAULT false)
RETURNS TABLE (login text, operator_name text, group_path text, kind text, is_reviewer boolean, review_mode boolean,
               see_full_numbers boolean, status text, quota_limit bigint, quota_used bigint, mobile text,
               must_change_password boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk.me(); system boolean := smsdesk.is_system(); scope bigint[]; n bigint;
BEGIN
  IF NOT system AND (caller.id IS NULL OR NOT (caller.kind = 'admin' OR caller.is_reviewer)) THEN
    PERFORM smsdesk._org_fail('SD403', 'not_admin', 'only administrators and reviewers export users');
  END IF;
  scope := CASE WHEN system THEN NULL ELSE smsdesk.my_scope_groups() END;
  RETURN QUERY
    SELECT u.login, u.operator_name, smsdesk.group_path(u.group_id), u.kind, u.is_reviewer, u.review_mode,
           u.see_full_numbers, u.status, u.quota_limit, u.quota_used,
           CASE WHEN system OR caller.see_full_numbers THEN coalesce(u.mobile, '') ELSE smsdesk.mask_number(u.mobile) END,
           u.must_change_password
      FROM app_user u
     WHERE (scope IS NULL OR u.group_id = ANY(scope))
       AND (p_groups IS NULL OR u.group_id = ANY(p_groups))
       AND (u.status = 'deleted') = coalesce(p_deleted, false)
     ORDER BY u.login;
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM smsdesk._audit('users.export', '', caller.group_id,
                         jsonb_build_object('rows', n, 'deleted', coalesce(p_deleted, false)));
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_export(bigint[], boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_export(bigint[], boolean) TO "__P__operator";
