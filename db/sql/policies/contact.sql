-- Contacts are read with their address book (as contact_group); only the masked numbers are granted
-- (grants/contact.sql), full ones come from contact_numbers() (SEC-3).
ALTER TABLE smsdesk.contact ENABLE ROW LEVEL SECURITY;

CREATE POLICY contact_read ON smsdesk.contact FOR SELECT
  USING (owner_id IN (SELECT unnest((SELECT smsdesk.my_contact_owners()))));
