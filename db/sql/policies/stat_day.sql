-- Who reads the daily rollups: operators their own rows, administrators and reviewers their group's subtree (as
-- send_task).
ALTER TABLE smsdesk.stat_day ENABLE ROW LEVEL SECURITY;

CREATE POLICY stat_day_read ON smsdesk.stat_day FOR SELECT
  USING (user_id = (SELECT smsdesk.my_user_id())
         OR ((SELECT smsdesk.i_oversee()) AND group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])));
