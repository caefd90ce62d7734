-- Adds or changes one row of the failure map (REP-6 category, GW-4 transient or not); p_channel NULL
-- for the default row, a channel's own row overrides it.
CREATE OR REPLACE FUNCTION smsdesk.failure_map_set(p_channel bigint, p_source text, p_code text, p_category text,
                                        p_transient boolean DEFAULT false)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  PERFORM smsdesk._require_channel_admin();
  BEGIN
    INSERT INTO failure_map (channel_id, source, code, category, transient)
    VALUES (p_channel, p_source, p_code, p_category, coalesce(p_transient, false))
    ON CONFLICT ((coalesce(channel_id, 0)), source, code)
    DO UPDATE SET category = excluded.category, transient = excluded.transient;
  EXCEPTION WHEN check_violation OR foreign_key_violation THEN
    PERFORM smsdesk._fail('SD422', 'invalid failure mapping: ' || SQLERRM);
  END;
  PERFORM smsdesk._audit('channel.failure_map', p_source || ':' || p_code, NULL,
    jsonb_build_object('channel', p_channel, 'category', p_category, 'transient', p_transient));
END $$;

REVOKE ALL ON FUNCTION smsdesk.failure_map_set(bigint, text, text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.failure_map_set(bigint, text, text, text, boolean) TO "__P__admin";
