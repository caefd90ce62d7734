-- Routing rules: administrators read them.
ALTER TABLE smsdesk.route_rule ENABLE ROW LEVEL SECURITY;

CREATE POLICY route_rule_read ON smsdesk.route_rule FOR SELECT USING ((SELECT smsdesk.i_am_admin()));
