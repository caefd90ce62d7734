-- Removes one row of the failure map (a channel's override, or a default row); audited.
CREATE OR REPLACE FUNCTION smsdesk.failure_map_delete(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE f failure_map;
BEGIN
  PERFORM smsdesk._require_channel_admin();
  DELETE FROM failure_map WHERE id = p_id RETURNING * INTO f;
  IF f.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such failure mapping');
  END IF;
  PERFORM smsdesk._audit('channel.failure_map_delete', f.source || ':' || f.code, NULL,
    jsonb_build_object('channel', f.channel_id, 'category', f.category, 'transient', f.transient));
END $$;

REVOKE ALL ON FUNCTION smsdesk.failure_map_delete(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.failure_map_delete(bigint) TO "__P__admin";
