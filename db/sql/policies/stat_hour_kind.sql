-- Who reads the hourly volumes per group, user, kind and outcome: operators their own rows, administrators and
-- reviewers their group's subtree (as send_task).
ALTER TABLE smsdesk.stat_hour_kind ENABLE ROW LEVEL SECURITY;

CREATE POLICY stat_hour_kind_read ON smsdesk.stat_hour_kind FOR SELECT
  USING (user_id = (SELECT smsdesk.my_user_id())
         OR ((SELECT smsdesk.i_oversee()) AND group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])));
