-- Parts accepted by an SMSC (receipt and reply matching): row-level security on, no policy and no
-- grant, so only the dispatcher's functions touch it.
ALTER TABLE smsdesk.message_part ENABLE ROW LEVEL SECURITY;
