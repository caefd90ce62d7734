-- Who may read failure_map; which rows each sees: policies/failure_map.sql.
GRANT SELECT ON smsdesk.failure_map TO "__P__operator";
