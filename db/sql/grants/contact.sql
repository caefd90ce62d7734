-- Operators read contacts' masked numbers only. SEC-3: the raw numbers (and the number search index they
-- feed) stay behind contact_numbers(). Which rows: policies/contact.sql.
GRANT SELECT (id, owner_id, group_id, name, mobile_masked, mobile_state, phone_masked, email, notes, custom,
              created_at, updated_at, version) ON smsdesk.contact TO "__P__operator";
