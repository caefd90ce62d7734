-- Who may read check_task; which rows each sees: policies/check_task.sql. Changes go through check_* functions.
GRANT SELECT ON smsdesk.check_task TO "__P__operator";
