-- The upper bounds, in seconds, of the delivery-latency buckets of stat_hour.latency_hist (submit to final
-- receipt): bucket 1 is under 1 s, bucket k is [bound k-1, bound k), the last is an hour or more. The same list
-- is smsdesk.domain.latency.LATENCY_BOUNDS; percentiles are read from the histogram with it.
CREATE OR REPLACE FUNCTION smsdesk.stat_latency_bounds() RETURNS double precision[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN ARRAY[1, 2, 5, 10, 20, 30, 60, 120, 180, 300, 600, 1800, 3600]::double precision[];

REVOKE ALL ON FUNCTION smsdesk.stat_latency_bounds() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.stat_latency_bounds() TO "__P__operator", "__P__dispatcher";
