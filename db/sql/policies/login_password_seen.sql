-- A digest of each login's password verifier as its last sign-in saw it (smsdesk.sign_in notices a password
-- changed without the audited function). Row-level security on and no grants: only sign_in touches it.
ALTER TABLE smsdesk.login_password_seen ENABLE ROW LEVEL SECURITY;
