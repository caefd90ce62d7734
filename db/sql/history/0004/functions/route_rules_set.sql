-- Replaces a channel's routing rules by one rule per (carrier, kind) given; an empty list means "any".
CREATE OR REPLACE FUNCTION smsdesk.route_rules_set(p_channel bigint, p_carriers text[], p_kinds text[],
                                        p_priority int DEFAULT 100, p_backup bigint DEFAULT NULL)
RETURNS int LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE n int; name_ text;
BEGIN
  PERFORM smsdesk._require_channel_admin();
  SELECT name INTO name_ FROM channel WHERE id = p_channel;
  IF name_ IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such channel');
  END IF;
  IF p_backup = p_channel THEN
    PERFORM smsdesk._fail('SD422', 'a channel cannot be its own backup');
  END IF;
  IF EXISTS (SELECT 1 FROM unnest(p_kinds) k WHERE k NOT IN ('verification', 'notification', 'marketing', 'alert'))
  THEN
    PERFORM smsdesk._fail('SD422', 'unknown message kind');
  END IF;
  DELETE FROM route_rule WHERE channel_id = p_channel;
  INSERT INTO route_rule (channel_id, carrier, kind, priority, backup_channel_id)
  SELECT p_channel, nullif(btrim(c), ''), k, coalesce(p_priority, 100), p_backup
    FROM unnest(CASE WHEN coalesce(cardinality(p_carriers), 0) = 0 THEN ARRAY[NULL::text] ELSE p_carriers END) AS c,
         unnest(CASE WHEN coalesce(cardinality(p_kinds), 0) = 0 THEN ARRAY[NULL::text] ELSE p_kinds END) AS k;
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM smsdesk._audit('channel.routes', name_, NULL,
    jsonb_build_object('carriers', p_carriers, 'kinds', p_kinds, 'priority', p_priority, 'backup', p_backup));
  PERFORM pg_notify('smsdesk_channel', p_channel::text);
  RETURN n;
END $$;

REVOKE ALL ON FUNCTION smsdesk.route_rules_set(bigint, text[], text[], int, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.route_rules_set(bigint, text[], text[], int, bigint) TO "__P__admin";
