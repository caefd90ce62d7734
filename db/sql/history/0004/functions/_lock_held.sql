-- Advisory lock namespaces (first int4 key): a dispatcher holds (1396965377, its id) while alive and
-- (1396965378, channel id) for every channel it binds. Session-level: a dead process's locks go with its
-- connection, which is how another dispatcher learns within a second that it may take over.
CREATE OR REPLACE FUNCTION smsdesk._lock_held(p_space int, p_id bigint, p_mine boolean DEFAULT false) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM pg_locks l
                  WHERE l.locktype = 'advisory' AND l.database = (SELECT oid FROM pg_database
                                                                   WHERE datname = current_database())
                    AND l.classid::bigint = p_space AND l.objid::bigint = p_id AND l.objsubid = 2 AND l.granted
                    AND (NOT p_mine OR l.pid = pg_backend_pid()))
$$;

REVOKE ALL ON FUNCTION smsdesk._lock_held(integer, bigint, boolean) FROM PUBLIC;
