-- The audit log as the console shows it (SEC-2, SEC-3): the rows the caller reads (policies/audit_log.sql; IT all),
-- newest first, keyset-paged on id (p_before: the last id of the page before); p_actions: only these actions. A target
-- or a detail that is a phone number is masked unless the caller has the right to see numbers in full; p_text matches
-- the action, the actor's login or the target as the caller sees it (a masked caller cannot find a number by its
-- hidden digits).
CREATE OR REPLACE FUNCTION smsdesk.audit_page(p_text text DEFAULT '', p_actions text[] DEFAULT NULL,
                                              p_since timestamptz DEFAULT NULL, p_until timestamptz DEFAULT NULL,
                                              p_before bigint DEFAULT NULL, p_limit integer DEFAULT 500)
RETURNS TABLE (id bigint, at timestamptz, actor_role text, actor_login text, action text, target text, details jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
  SELECT s.id, s.at, s.actor_role, s.login, s.action, s.target, s.details
    FROM (SELECT smsdesk.is_system() AS system, smsdesk.i_am_admin() AS admin, smsdesk.i_am_top_admin() AS top,
                 smsdesk.my_scope_groups() AS scope, smsdesk.i_see_full_numbers() AS full_numbers) c
   CROSS JOIN LATERAL (
     SELECT a.id, a.at, a.actor_role, u.login, a.action,
            CASE WHEN c.full_numbers OR a.target !~ '^\+?[0-9]{7,15}$' THEN a.target
                 ELSE smsdesk.mask_number(a.target) END AS target,
            CASE WHEN c.full_numbers THEN a.details ELSE smsdesk._mask_audit_json(a.details) END AS details
       FROM audit_log a
       LEFT JOIN app_user u ON u.id = a.actor_user_id
      WHERE (c.system OR (c.admin AND (a.group_id = ANY (c.scope) OR (a.group_id IS NULL AND c.top))))
        AND (p_actions IS NULL OR a.action = ANY (p_actions))
        AND (p_since IS NULL OR a.at >= p_since) AND (p_until IS NULL OR a.at < p_until)
        AND (p_before IS NULL OR a.id < p_before)
      ORDER BY a.id DESC) s
   WHERE coalesce(p_text, '') = ''
      OR strpos(lower(s.target), lower(p_text)) > 0 OR strpos(lower(s.action), lower(p_text)) > 0
      OR strpos(lower(coalesce(s.login, '')), lower(p_text)) > 0
   ORDER BY s.id DESC
   LIMIT least(greatest(coalesce(p_limit, 500), 1), 100000)
$$;

REVOKE ALL ON FUNCTION smsdesk.audit_page(text, text[], timestamptz, timestamptz, bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.audit_page(text, text[], timestamptz, timestamptz, bigint, integer)
  TO "__P__operator";
