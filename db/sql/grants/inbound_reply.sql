GRANT SELECT ON smsdesk.inbound_reply TO "__P__operator";
