-- Who reads users: everyone their own row; administrators and reviewers the users of their subtree.
ALTER TABLE smsdesk.app_user ENABLE ROW LEVEL SECURITY;

CREATE POLICY app_user_read ON smsdesk.app_user FOR SELECT
  USING (role_name = session_user
         OR ((SELECT smsdesk.i_oversee()) AND group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])));
