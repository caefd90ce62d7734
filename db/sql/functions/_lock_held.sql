-- Whether a dispatcher coordination "lock" is held, and by this connection (p_mine). Two spaces, named by their
-- first key as before: (1396965377, instance id) is a dispatcher's liveness, (1396965378, channel id) the binding
-- of a channel. Neither is an advisory lock any more (any role may take any advisory lock, so an operator could
-- squat a channel's key or keep a dead dispatcher's key alive): an instance is alive while the very connection
-- that registered it lives (its backend pid and start time, as pg_stat_get_activity reports them), and that
-- connection signed in as the instance's own login, a member of the dispatcher role. A channel is bound while
-- the instance that owns it (channel.owner_id, written only by the dispatcher functions) is alive. So a dead
-- process's claims still go with its connection, and nothing a client role does can hold or fake them.
CREATE OR REPLACE FUNCTION smsdesk._lock_held(p_space int, p_id bigint, p_mine boolean DEFAULT false) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1
      FROM dispatcher_instance d
      JOIN pg_roles r ON r.rolname = d.role_name
      CROSS JOIN LATERAL pg_stat_get_activity(d.backend_pid) a
     WHERE d.id = CASE p_space WHEN 1396965377 THEN p_id
                               WHEN 1396965378 THEN (SELECT ch.owner_id FROM channel ch WHERE ch.id = p_id) END
       AND d.stopped_at IS NULL
       AND a.pid = d.backend_pid AND a.backend_start = d.backend_start AND a.usesysid = r.oid
       AND pg_has_role(r.oid, '__P__dispatcher', 'MEMBER')
       AND (NOT p_mine OR d.backend_pid = pg_backend_pid()))
$$;

REVOKE ALL ON FUNCTION smsdesk._lock_held(integer, bigint, boolean) FROM PUBLIC;
