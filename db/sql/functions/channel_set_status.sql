-- Records a state change of a bound channel (binding, up, down, failing) with its reason.
CREATE OR REPLACE FUNCTION smsdesk.channel_set_status(p_dispatcher bigint, p_channel bigint, p_status text, p_reason text)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE old text;
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  IF p_status NOT IN ('binding', 'up', 'down', 'failing') THEN
    PERFORM smsdesk._fail('SD422', 'a dispatcher sets binding, up, down or failing');
  END IF;
  SELECT status INTO old FROM channel WHERE id = p_channel AND owner_id = p_dispatcher FOR UPDATE;
  IF old IS NULL THEN
    RETURN false;
  END IF;
  IF old IS DISTINCT FROM p_status THEN
    UPDATE channel SET status = p_status, status_at = now(), status_reason = left(coalesce(p_reason, ''), 200),
                       heartbeat_at = now()
     WHERE id = p_channel;
    INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
    VALUES (p_channel, p_dispatcher, old, p_status, left(coalesce(p_reason, ''), 200));
    PERFORM pg_notify('smsdesk_channel', p_channel::text);
  END IF;
  RETURN true;
END $$;

REVOKE ALL ON FUNCTION smsdesk.channel_set_status(bigint, bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.channel_set_status(bigint, bigint, text, text) TO "__P__dispatcher";
