-- What the dispatcher needs to know about the tasks of the messages it claimed.
CREATE OR REPLACE FUNCTION smsdesk.dispatch_tasks(p_ids bigint[])
RETURNS TABLE (id bigint, kind text, content text, signature text, opt_out text, status text,
               expires_at timestamptz, owner_id bigint, group_id bigint, segments_per_message int)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
#variable_conflict use_column
BEGIN
  IF NOT smsdesk._is_dispatcher() THEN
    PERFORM smsdesk._fail('SD403', 'dispatcher only');
  END IF;
  RETURN QUERY SELECT t.id, t.kind, t.content, t.signature, t.opt_out, t.status, t.expires_at, t.owner_id,
                      t.group_id, t.segments_per_message
                 FROM send_task t WHERE t.id = ANY (p_ids);
END $$;

REVOKE ALL ON FUNCTION smsdesk.dispatch_tasks(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.dispatch_tasks(bigint[]) TO "__P__dispatcher";
