-- Who reads phrase groups: a personal group its owner only; a public group the users of that group and
-- of its subtree (a head office's phrases serve its branches), and administrators over it.
ALTER TABLE smsdesk.phrase_group ENABLE ROW LEVEL SECURITY;

CREATE POLICY phrase_group_read ON smsdesk.phrase_group FOR SELECT
  USING (owner_id = (SELECT smsdesk.my_user_id())
         OR (owner_id IS NULL
             AND (user_group_id = ANY ((SELECT smsdesk.my_ancestor_groups())::bigint[])
                  OR ((SELECT smsdesk.i_am_admin())
                      AND user_group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])))));
