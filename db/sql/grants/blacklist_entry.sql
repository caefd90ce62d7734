GRANT SELECT ON smsdesk.blacklist_entry TO "__P__operator", "__P__dispatcher";
