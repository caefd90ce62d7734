-- Who reads the user groups: the caller's own group and those above it, and for administrators and
-- reviewers their whole subtree (my_scope_groups). Nobody writes any table directly: the functions do, and
-- these policies decide what is read.
ALTER TABLE smsdesk.user_group ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_group_read ON smsdesk.user_group FOR SELECT
  USING (id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[]) OR id = ANY ((SELECT smsdesk.my_ancestor_groups())::bigint[]));
