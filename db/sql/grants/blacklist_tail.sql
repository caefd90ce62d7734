GRANT SELECT ON smsdesk.blacklist_tail TO "__P__operator", "__P__dispatcher";
