-- Who may read stat_month_wide; which rows each sees: policies/stat_month_wide.sql.
GRANT SELECT ON smsdesk.stat_month_wide TO "__P__operator";
