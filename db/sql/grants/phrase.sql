GRANT SELECT ON smsdesk.phrase TO "__P__operator", "__P__dispatcher";
