GRANT SELECT ON smsdesk.contact_field TO "__P__operator";
