GRANT SELECT ON smsdesk.send_task TO "__P__operator";
