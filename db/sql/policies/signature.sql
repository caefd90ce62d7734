ALTER TABLE smsdesk.signature ENABLE ROW LEVEL SECURITY;

-- Signatures of the groups above me (I send under them) and of the groups I oversee.
CREATE POLICY signature_read ON smsdesk.signature FOR SELECT
  USING (group_id = ANY ((SELECT smsdesk.my_ancestor_groups())::bigint[])
         OR group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[]));
