-- Two latency histograms added bucket by bucket (NULL: no delivered message, all zeros).
CREATE OR REPLACE FUNCTION smsdesk.stat_hist_add(a bigint[], b bigint[]) RETURNS bigint[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN a IS NULL THEN b WHEN b IS NULL THEN a
            ELSE ARRAY(SELECT coalesce(u.x, 0) + coalesce(u.y, 0) FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i)
                        ORDER BY u.i) END;

REVOKE ALL ON FUNCTION smsdesk.stat_hist_add(bigint[], bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.stat_hist_add(bigint[], bigint[]) TO "__P__operator", "__P__dispatcher";
