GRANT SELECT ON smsdesk.dispatcher_instance TO "__P__operator";
