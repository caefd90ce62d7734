-- Who may read stat_day; which rows each sees: policies/stat_day.sql.
GRANT SELECT ON smsdesk.stat_day TO "__P__operator";
