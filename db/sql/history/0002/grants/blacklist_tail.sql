-- Who may read blacklist_tail; which rows each sees: policies/blacklist_tail.sql.
GRANT SELECT ON smsdesk.blacklist_tail TO "__P__operator", "__P__dispatcher";
