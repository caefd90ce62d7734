-- A dispatcher takes the oldest unanswered connection test (asked in the last two minutes: the console stops
-- waiting long before) with the channel's settings, password included; SKIP LOCKED, so each test goes to one.
CREATE OR REPLACE FUNCTION smsdesk.channel_test_take(p_dispatcher bigint)
RETURNS TABLE (test_id bigint, channel_id bigint, name text, host text, port int, system_id text, password text,
               system_type text, bind_mode text, tls boolean, enquire_link_s int, submit_timeout_s int)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE t channel_test;
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  SELECT * INTO t FROM channel_test x
   WHERE x.taken_at IS NULL AND x.requested_at > now() - interval '2 minutes'
   ORDER BY x.id LIMIT 1 FOR UPDATE SKIP LOCKED;
  IF t.id IS NULL THEN
    RETURN;
  END IF;
  UPDATE channel_test SET dispatcher_id = p_dispatcher, taken_at = now() WHERE id = t.id;
  RETURN QUERY
    SELECT t.id, c.id, c.name, c.host, c.port, c.system_id, c.password, c.system_type, c.bind_mode, c.tls,
           c.enquire_link_s, c.submit_timeout_s
      FROM channel c WHERE c.id = t.channel_id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.channel_test_take(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.channel_test_take(bigint) TO "__P__dispatcher";
