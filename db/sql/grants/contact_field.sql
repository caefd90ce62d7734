-- Who may read contact_field; which rows each sees: policies/contact_field.sql.
GRANT SELECT ON smsdesk.contact_field TO "__P__operator";
