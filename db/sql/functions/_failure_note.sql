-- What an SMSC's error code means, from the failure map: the channel's own row before the default, the receipt's
-- err part before its stat (error codes are stored as 'stat:err' for receipts, the code itself otherwise); '' when
-- the map has none. Used by the report pages for the code's meaning.
CREATE OR REPLACE FUNCTION smsdesk._failure_note(p_channel bigint, p_code text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT coalesce((
    SELECT f.note FROM failure_map f
     WHERE p_code IS NOT NULL
       AND (f.channel_id = p_channel OR f.channel_id IS NULL)
       AND ((f.source = 'err' AND f.code = split_part(p_code, ':', 2))
            OR (f.source = 'stat' AND f.code = split_part(p_code, ':', 1))
            OR (f.source IN ('submit', 'error') AND f.code = p_code))
     ORDER BY f.channel_id NULLS LAST, (f.source = 'err') DESC
     LIMIT 1), '')
$$;

REVOKE ALL ON FUNCTION smsdesk._failure_note(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk._failure_note(bigint, text) TO "__P__operator";
