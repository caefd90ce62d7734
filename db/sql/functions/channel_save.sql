-- Creates (p_id null) or changes a channel from the fields given; an absent field keeps its value, so the
-- console leaves the password out to keep it (nobody reads it back: grants/channel.sql). Enabling or disabling
-- goes into the channel's event history with who did it.
CREATE OR REPLACE FUNCTION smsdesk.channel_save(p_id bigint, p_fields jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE c channel; now_enabled boolean; f jsonb := coalesce(p_fields, '{}'); unknown text;
BEGIN
  PERFORM smsdesk._require_channel_admin();
  SELECT string_agg(k, ', ') INTO unknown FROM jsonb_object_keys(f) AS k
   WHERE k NOT IN ('name', 'host', 'port', 'system_id', 'password', 'system_type', 'bind_mode', 'source_addr',
                   'source_ton', 'source_npi', 'tps', 'window_size', 'enquire_link_s', 'submit_timeout_s', 'tls',
                   'receipt_ids', 'max_attempts', 'retry_interval_s', 'receipt_timeout_s', 'enabled');
  IF unknown IS NOT NULL THEN
    PERFORM smsdesk._fail('SD422', 'unknown channel fields: ' || unknown);
  END IF;
  IF length(coalesce(f ->> 'password', '')) > 8 OR length(coalesce(f ->> 'system_id', '')) > 15 THEN
    PERFORM smsdesk._fail('SD422', 'SMPP 3.4 allows a system_id of 15 and a password of 8 characters');
  END IF;
  IF p_id IS NULL THEN
    IF f ->> 'name' IS NULL OR f ->> 'host' IS NULL OR f ->> 'port' IS NULL OR f ->> 'system_id' IS NULL THEN
      PERFORM smsdesk._fail('SD422', 'a channel needs a name, host, port and system_id');
    END IF;
    IF EXISTS (SELECT 1 FROM channel WHERE name = btrim(f ->> 'name')) THEN
      PERFORM smsdesk._fail('SD409', format('channel "%s" already exists', btrim(f ->> 'name')));
    END IF;
    BEGIN
      INSERT INTO channel (name, host, port, system_id) VALUES (btrim(f ->> 'name'), f ->> 'host',
                                                                (f ->> 'port')::int, f ->> 'system_id')
      RETURNING * INTO c;
    EXCEPTION
      WHEN check_violation OR invalid_text_representation OR numeric_value_out_of_range OR not_null_violation THEN
        PERFORM smsdesk._fail('SD422', 'invalid channel settings: ' || SQLERRM);
    END;
  ELSE
    SELECT * INTO c FROM channel WHERE id = p_id FOR UPDATE;
    IF c.id IS NULL THEN
      PERFORM smsdesk._fail('SD404', 'no such channel');
    END IF;
  END IF;
  BEGIN
    UPDATE channel SET
      name = coalesce(btrim(f ->> 'name'), name),
      host = coalesce(f ->> 'host', host),
      port = coalesce((f ->> 'port')::int, port),
      system_id = coalesce(f ->> 'system_id', system_id),
      password = coalesce(f ->> 'password', password),
      system_type = coalesce(f ->> 'system_type', system_type),
      bind_mode = coalesce(f ->> 'bind_mode', bind_mode),
      source_addr = coalesce(f ->> 'source_addr', source_addr),
      source_ton = coalesce((f ->> 'source_ton')::smallint, source_ton),
      source_npi = coalesce((f ->> 'source_npi')::smallint, source_npi),
      tps = coalesce((f ->> 'tps')::numeric, tps),
      window_size = coalesce((f ->> 'window_size')::int, window_size),
      enquire_link_s = coalesce((f ->> 'enquire_link_s')::int, enquire_link_s),
      submit_timeout_s = coalesce((f ->> 'submit_timeout_s')::int, submit_timeout_s),
      tls = coalesce((f ->> 'tls')::boolean, tls),
      receipt_ids = coalesce(f ->> 'receipt_ids', receipt_ids),
      max_attempts = coalesce((f ->> 'max_attempts')::int, max_attempts),
      retry_interval_s = coalesce((f ->> 'retry_interval_s')::int, retry_interval_s),
      receipt_timeout_s = coalesce((f ->> 'receipt_timeout_s')::int, receipt_timeout_s),
      enabled = coalesce((f ->> 'enabled')::boolean, enabled),
      status = CASE WHEN coalesce((f ->> 'enabled')::boolean, enabled) THEN
                 CASE WHEN status = 'disabled' THEN 'idle' ELSE status END ELSE 'disabled' END,
      updated_at = now()
     WHERE id = c.id
    RETURNING enabled INTO now_enabled;
  EXCEPTION
    WHEN check_violation OR invalid_text_representation OR numeric_value_out_of_range OR unique_violation THEN
      PERFORM smsdesk._fail('SD422', 'invalid channel settings: ' || SQLERRM);
  END;
  IF p_id IS NOT NULL AND now_enabled IS DISTINCT FROM c.enabled THEN
    INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
    VALUES (c.id, NULL, c.status, CASE WHEN now_enabled THEN 'enabled' ELSE 'disabled' END,
            coalesce((SELECT u.login FROM app_user u WHERE u.id = smsdesk.my_user_id()), session_user::text));
  END IF;
  PERFORM smsdesk._audit(CASE WHEN p_id IS NULL THEN 'channel.create' ELSE 'channel.update' END,
                         coalesce(btrim(f ->> 'name'), c.name), NULL, f - 'password'
                           || CASE WHEN f ? 'password' THEN '{"password": "changed"}'::jsonb ELSE '{}' END);
  PERFORM pg_notify('smsdesk_channel', c.id::text);
  RETURN c.id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.channel_save(bigint, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.channel_save(bigint, jsonb) TO "__P__admin";
