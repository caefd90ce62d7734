-- Counters of failed sign-ins per minute, source and login (record_sign_in_failure's caps, _sign_in_flush's
-- summaries). Row-level security on and no grants: only those functions touch it.
ALTER TABLE smsdesk.sign_in_throttle ENABLE ROW LEVEL SECURITY;
