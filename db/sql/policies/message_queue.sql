-- The dispatchers' work queue: row-level security on, no policy and no grant, so only the functions
-- (claim_batch, record_submit_results, ...) touch it.
ALTER TABLE smsdesk.message_queue ENABLE ROW LEVEL SECURITY;
