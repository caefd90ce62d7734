GRANT SELECT ON smsdesk.signature TO "__P__operator", "__P__dispatcher";
