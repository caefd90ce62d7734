-- Numbers are personal data: only administrators browse the blacklists (and only the lists that
-- concern their part of the organisation). Sends are checked by blacklist_hits(), which needs no read right.
ALTER TABLE smsdesk.blacklist_list ENABLE ROW LEVEL SECURITY;

CREATE POLICY blacklist_list_read ON smsdesk.blacklist_list FOR SELECT
  USING ((SELECT smsdesk.i_am_admin())
         AND (scope <> 'group'
              OR group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])
              OR group_id = ANY ((SELECT smsdesk.my_ancestor_groups())::bigint[])));
