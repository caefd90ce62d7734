GRANT SELECT ON smsdesk.route_rule TO "__P__admin";
