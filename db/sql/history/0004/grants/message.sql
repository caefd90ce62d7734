-- Who may read message; which rows each sees: policies/message.sql.
GRANT SELECT ON smsdesk.message TO "__P__operator";
