-- Who may read user_group; which rows each sees: policies/user_group.sql.
GRANT SELECT ON smsdesk.user_group TO "__P__operator", "__P__dispatcher";
