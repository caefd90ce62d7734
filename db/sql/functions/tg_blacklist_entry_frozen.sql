-- Entries are never updated (a number moves by a delete and an insert): refuse it rather
-- than let blacklist_tail drift.
CREATE OR REPLACE FUNCTION smsdesk.tg_blacklist_entry_frozen() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  RAISE EXCEPTION 'blacklist entries are inserted and deleted, never updated';
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_blacklist_entry_frozen() FROM PUBLIC;
