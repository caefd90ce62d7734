GRANT SELECT ON smsdesk.message_template TO "__P__operator", "__P__dispatcher";
