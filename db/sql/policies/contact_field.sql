-- Custom fields are read with their address book (as contact_group).
ALTER TABLE smsdesk.contact_field ENABLE ROW LEVEL SECURITY;

CREATE POLICY contact_field_read ON smsdesk.contact_field FOR SELECT
  USING (owner_id IN (SELECT unnest((SELECT smsdesk.my_contact_owners()))));
