GRANT SELECT ON smsdesk.failure_map TO "__P__operator";
