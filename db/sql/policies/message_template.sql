-- Who reads templates: one's own; public ones of one's group and the groups above it; everything in
-- the subtree of a reviewer or administrator (they review it).
ALTER TABLE smsdesk.message_template ENABLE ROW LEVEL SECURITY;

CREATE POLICY message_template_read ON smsdesk.message_template FOR SELECT
  USING (owner_id = (SELECT smsdesk.my_user_id())
         OR (is_public AND group_id = ANY ((SELECT smsdesk.my_ancestor_groups())::bigint[]))
         OR ((SELECT smsdesk.i_oversee()) AND group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])));
