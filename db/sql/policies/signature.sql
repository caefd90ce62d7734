-- Who reads signatures: those of the groups above the caller (they send under them) and of the groups
-- they oversee.
ALTER TABLE smsdesk.signature ENABLE ROW LEVEL SECURITY;

CREATE POLICY signature_read ON smsdesk.signature FOR SELECT
  USING (group_id = ANY ((SELECT smsdesk.my_ancestor_groups())::bigint[])
         OR group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[]));
