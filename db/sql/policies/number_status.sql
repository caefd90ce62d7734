-- Row-level security on and no grants: only the number-check functions read and write number_status.
ALTER TABLE smsdesk.number_status ENABLE ROW LEVEL SECURITY;
