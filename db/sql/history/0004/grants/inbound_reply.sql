-- Who may read inbound_reply; which rows each sees: policies/inbound_reply.sql.
GRANT SELECT ON smsdesk.inbound_reply TO "__P__operator";
