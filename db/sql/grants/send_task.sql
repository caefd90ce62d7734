-- Who may read send_task; which rows each sees: policies/send_task.sql.
GRANT SELECT ON smsdesk.send_task TO "__P__operator";
