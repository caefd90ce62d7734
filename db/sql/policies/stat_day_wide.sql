-- Who reads the daily rollups keyed wide (per day of stat_day_zone, every key of stat_hour): operators their own
-- rows, administrators and reviewers their group's subtree (as send_task).
ALTER TABLE smsdesk.stat_day_wide ENABLE ROW LEVEL SECURITY;

CREATE POLICY stat_day_wide_read ON smsdesk.stat_day_wide FOR SELECT
  USING (user_id = (SELECT smsdesk.my_user_id())
         OR ((SELECT smsdesk.i_oversee()) AND group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])));
