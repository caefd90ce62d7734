GRANT SELECT ON smsdesk.sensitive_word TO "__P__operator", "__P__dispatcher";
