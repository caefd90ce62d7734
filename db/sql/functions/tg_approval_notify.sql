-- ---------------------------------------------------------------------------------------------------
-- Live count: a notification whenever an item enters or leaves a queue, whoever causes it.
CREATE OR REPLACE FUNCTION smsdesk.tg_approval_notify() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  PERFORM pg_notify('smsdesk_approval', TG_ARGV[0]);
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_approval_notify() FROM PUBLIC;
