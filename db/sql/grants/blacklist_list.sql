GRANT SELECT ON smsdesk.blacklist_list TO "__P__operator", "__P__dispatcher";
