-- The distinct variable names of a well-formed template, in order of first appearance.
CREATE OR REPLACE FUNCTION smsdesk.template_variables(p_text text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
  SELECT coalesce(array_agg(name ORDER BY first_seen), '{}')
    FROM (SELECT name, min(ord) AS first_seen
            FROM (SELECT regexp_replace(m[1], '^\s+|\s+$', '', 'g') AS name, ord
                    FROM regexp_matches(p_text, '【([^【】]*)】', 'g') WITH ORDINALITY AS t(m, ord)) x
           GROUP BY name) y
$$;

REVOKE ALL ON FUNCTION smsdesk.template_variables(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.template_variables(text) TO "__P__operator", "__P__dispatcher";
