-- Who reads quota movements: everyone their own; administrators those of their subtree's groups and
-- of the users they can see.
ALTER TABLE smsdesk.quota_movement ENABLE ROW LEVEL SECURITY;

CREATE POLICY quota_movement_read ON smsdesk.quota_movement FOR SELECT
  USING (user_id = (SELECT smsdesk.my_user_id())
         OR ((SELECT smsdesk.i_am_admin())
             AND (group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])
                  OR user_id IN (SELECT id FROM smsdesk.app_user))));
