-- Who may read blacklist_list; which rows each sees: policies/blacklist_list.sql.
GRANT SELECT ON smsdesk.blacklist_list TO "__P__operator", "__P__dispatcher";
