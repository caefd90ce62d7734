-- Who may read stat_hour; which rows each sees: policies/stat_hour.sql.
GRANT SELECT ON smsdesk.stat_hour TO "__P__operator";
