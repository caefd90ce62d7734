-- Who may read dispatcher_instance; which rows each sees: policies/dispatcher_instance.sql.
GRANT SELECT ON smsdesk.dispatcher_instance TO "__P__operator";
