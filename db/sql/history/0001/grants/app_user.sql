-- Who may read app_user; which rows each sees: policies/app_user.sql.
GRANT SELECT ON smsdesk.app_user TO "__P__operator", "__P__dispatcher";
