GRANT SELECT ON smsdesk.receipt TO "__P__admin";
