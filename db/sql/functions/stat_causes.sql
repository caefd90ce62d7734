-- Failed and expired messages per failure category, from categories and how many messages each stands for: an array
-- in the order timeout, content_blocked, invalid_number, blacklisted, quota, gateway_error, other and '' (none);
-- NULL when there are none. The causes column of stat_day_wide and stat_month_wide; added up with stat_hist_add.
CREATE OR REPLACE FUNCTION smsdesk.stat_causes(p_categories text[], p_counts bigint[]) RETURNS bigint[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN EXISTS (SELECT 1 FROM unnest(p_categories, p_counts) AS u(c, n) WHERE u.n <> 0)
            THEN ARRAY(SELECT coalesce(sum(u.n), 0)::bigint
                         FROM unnest(ARRAY['timeout', 'content_blocked', 'invalid_number', 'blacklisted', 'quota',
                                           'gateway_error', 'other', '']::text[]) WITH ORDINALITY AS g(c, i)
                         LEFT JOIN unnest(p_categories, p_counts) AS u(c, n) ON u.c = g.c
                        GROUP BY g.i ORDER BY g.i) END;

REVOKE ALL ON FUNCTION smsdesk.stat_causes(text[], bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.stat_causes(text[], bigint[]) TO "__P__operator", "__P__dispatcher";
