GRANT SELECT ON smsdesk.installation TO "__P__operator", "__P__dispatcher";
