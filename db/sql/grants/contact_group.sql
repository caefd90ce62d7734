GRANT SELECT ON smsdesk.contact_group TO "__P__operator";
