GRANT SELECT ON smsdesk.blacklist_batch TO "__P__operator", "__P__dispatcher";
