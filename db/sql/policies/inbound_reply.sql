-- Who reads replies: the owner of the task replied to, administrators and reviewers over its group;
-- replies that match no task only administrators of the top-level group.
ALTER TABLE smsdesk.inbound_reply ENABLE ROW LEVEL SECURITY;

CREATE POLICY inbound_reply_read ON smsdesk.inbound_reply FOR SELECT
  USING (owner_id = (SELECT smsdesk.my_user_id())
         OR ((SELECT smsdesk.i_oversee()) AND group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[]))
         OR (group_id IS NULL AND (SELECT smsdesk.i_am_top_admin())));
