-- Who may read route_rule; which rows each sees: policies/route_rule.sql.
GRANT SELECT ON smsdesk.route_rule TO "__P__admin";
