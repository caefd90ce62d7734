-- Row-level security on and no grants: only the number-check functions read and write status_lookup.
ALTER TABLE smsdesk.status_lookup ENABLE ROW LEVEL SECURITY;
