-- The answer to a connection test the dispatcher took: bound or not, and what happened. It also goes into the
-- channel's event history.
CREATE OR REPLACE FUNCTION smsdesk.channel_test_finish(p_dispatcher bigint, p_test bigint, p_ok boolean,
                                                       p_detail text)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE t channel_test;
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  UPDATE channel_test SET finished_at = now(), ok = coalesce(p_ok, false), detail = left(coalesce(p_detail, ''), 300)
   WHERE id = p_test AND dispatcher_id = p_dispatcher AND finished_at IS NULL
  RETURNING * INTO t;
  IF t.id IS NULL THEN
    RETURN false;
  END IF;
  INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
  SELECT c.id, p_dispatcher, c.status, CASE WHEN t.ok THEN 'test_ok' ELSE 'test_failed' END, t.detail
    FROM channel c WHERE c.id = t.channel_id;
  PERFORM pg_notify('smsdesk_channel_test', t.id::text);
  RETURN true;
END $$;

REVOKE ALL ON FUNCTION smsdesk.channel_test_finish(bigint, bigint, boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.channel_test_finish(bigint, bigint, boolean, text) TO "__P__dispatcher";
