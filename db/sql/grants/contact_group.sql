-- Who may read contact_group; which rows each sees: policies/contact_group.sql.
GRANT SELECT ON smsdesk.contact_group TO "__P__operator";
