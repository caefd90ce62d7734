-- Who reads contact groups: the address books of my_contact_owners() (one's own; administrators those
-- of every user in their subtree, BOOK-3). "IN (SELECT unnest(...))" is a hashed lookup per row: an administrator
-- over a thousand users reading a 200,000-row group pays one hash probe per row, not a scan of the array.
ALTER TABLE smsdesk.contact_group ENABLE ROW LEVEL SECURITY;

CREATE POLICY contact_group_read ON smsdesk.contact_group FOR SELECT
  USING (owner_id IN (SELECT unnest((SELECT smsdesk.my_contact_owners()))));
