GRANT SELECT ON smsdesk.message TO "__P__operator";
