-- A latency histogram from bucket numbers and how many messages each stands for (bucket 0: none); NULL when no
-- message has a bucket.
CREATE OR REPLACE FUNCTION smsdesk.stat_hist(p_buckets int[], p_counts bigint[]) RETURNS bigint[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN EXISTS (SELECT 1 FROM unnest(p_buckets, p_counts) AS u(b, n) WHERE u.b > 0 AND u.n <> 0)
            THEN ARRAY(SELECT coalesce(sum(u.n), 0)::bigint
                         FROM generate_series(1, cardinality(smsdesk.stat_latency_bounds()) + 1) AS g(b)
                         LEFT JOIN unnest(p_buckets, p_counts) AS u(b, n) ON u.b = g.b
                        GROUP BY g.b ORDER BY g.b) END;

REVOKE ALL ON FUNCTION smsdesk.stat_hist(int[], bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.stat_hist(int[], bigint[]) TO "__P__operator", "__P__dispatcher";
