-- Row-level security on and no grants: only the number-check functions read and write check_config.
ALTER TABLE smsdesk.check_config ENABLE ROW LEVEL SECURITY;
