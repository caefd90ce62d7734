-- Who may read stat_day_wide; which rows each sees: policies/stat_day_wide.sql.
GRANT SELECT ON smsdesk.stat_day_wide TO "__P__operator";
