-- Who may read blacklist_entry; which rows each sees: policies/blacklist_entry.sql.
GRANT SELECT ON smsdesk.blacklist_entry TO "__P__operator", "__P__dispatcher";
