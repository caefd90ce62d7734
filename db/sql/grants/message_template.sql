-- Who may read message_template; which rows each sees: policies/message_template.sql.
GRANT SELECT ON smsdesk.message_template TO "__P__operator", "__P__dispatcher";
