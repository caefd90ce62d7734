-- The latency bucket (1 to 14) of a delivered message that took p_seconds from submit to its final receipt; a
-- receipt recorded before its submit result (no submit time yet, or a later one) counts as no time at all.
CREATE OR REPLACE FUNCTION smsdesk.stat_latency_bucket(p_seconds double precision) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN 1 + width_bucket(greatest(coalesce(p_seconds, 0), 0), smsdesk.stat_latency_bounds());

REVOKE ALL ON FUNCTION smsdesk.stat_latency_bucket(double precision) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.stat_latency_bucket(double precision) TO "__P__operator", "__P__dispatcher";
