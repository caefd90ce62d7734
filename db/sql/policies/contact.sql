ALTER TABLE smsdesk.contact ENABLE ROW LEVEL SECURITY;

CREATE POLICY contact_read ON smsdesk.contact FOR SELECT
  USING (owner_id IN (SELECT unnest((SELECT smsdesk.my_contact_owners()))));
