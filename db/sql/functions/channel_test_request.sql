-- Asks the running dispatchers to bind a channel with its saved settings and unbind again (GW-3 "test
-- connection"); returns the request's id, whose row (channel_test) gets the answer. Refused when no dispatcher
-- has reported lately: nobody would answer. Only those who manage channels ask; the request is audited.
CREATE OR REPLACE FUNCTION smsdesk.channel_test_request(p_channel bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE name_ text; id_ bigint;
BEGIN
  PERFORM smsdesk._require_channel_admin();
  SELECT c.name INTO name_ FROM channel c WHERE c.id = p_channel;
  IF name_ IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such channel');
  END IF;
  IF NOT EXISTS (SELECT 1 FROM dispatcher_instance d
                  WHERE d.stopped_at IS NULL AND d.seen_at > now() - interval '30 seconds') THEN
    PERFORM smsdesk._fail('SD409', 'no dispatcher is running to test the channel');
  END IF;
  INSERT INTO channel_test (channel_id, requested_by) VALUES (p_channel, smsdesk.my_user_id()) RETURNING id INTO id_;
  PERFORM smsdesk._audit('channel.test', name_, NULL, jsonb_build_object('test', id_));
  PERFORM pg_notify('smsdesk_channel_test', id_::text);
  RETURN id_;
END $$;

REVOKE ALL ON FUNCTION smsdesk.channel_test_request(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.channel_test_request(bigint) TO "__P__admin";
