-- The ranges of messages each claim leased straight from message (claim_batch), for taking back the leases of a
-- dispatcher that died or stopped, or that outlived their time: row-level security on, no policy and no grant, so
-- only the functions (claim_batch, dispatch_maintenance, dispatcher_stop) touch it.
ALTER TABLE smsdesk.message_lease ENABLE ROW LEVEL SECURITY;
