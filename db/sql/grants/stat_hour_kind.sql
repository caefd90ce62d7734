-- Who may read stat_hour_kind; which rows each sees: policies/stat_hour_kind.sql.
GRANT SELECT ON smsdesk.stat_hour_kind TO "__P__operator";
