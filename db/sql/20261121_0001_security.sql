-- Security model, version 1 (SEC-1, SEC-2, USR-1..USR-5).
-- The database is the trust boundary: operators sign in as their own login roles, group roles carry the
-- privileges, row-level security limits what each sees, and every change goes through a SECURITY DEFINER
-- function that checks its caller (session_user, which a client cannot change). __P__ is the
-- installation's role prefix (see smsdesk.store.roles).

-- Roles are global to the cluster and may outlive a dropped database: create only what is missing.
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['__P__operator', '__P__reviewer', '__P__admin', '__P__dispatcher'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
  -- The gate signs in with a public password and may only record a failed sign-in.
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '__P__gate') THEN
    EXECUTE format('CREATE ROLE %I LOGIN NOINHERIT PASSWORD %L', '__P__gate', 'smsdesk-gate');
  END IF;
  EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I, %I',
                 current_database(), '__P__operator', '__P__dispatcher', '__P__gate');
END $$;

GRANT "__P__operator" TO "__P__reviewer";
GRANT "__P__operator" TO "__P__admin";

REVOKE ALL ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA smsdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA smsdesk TO "__P__operator", "__P__dispatcher", "__P__gate";
REVOKE ALL ON ALL TABLES IN SCHEMA smsdesk FROM PUBLIC;

INSERT INTO smsdesk.installation (id, role_prefix) VALUES (1, '__P__') ON CONFLICT (id) DO NOTHING;

-- ---------------------------------------------------------------------------------------------------
-- Group tree: id_path is kept here so that "in my subtree" is one array test.
CREATE FUNCTION smsdesk.tg_user_group_path() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE parent_path bigint[];
BEGIN
  IF NEW.parent_id IS NULL THEN
    NEW.id_path := ARRAY[NEW.id];
  ELSE
    SELECT id_path INTO parent_path FROM user_group WHERE id = NEW.parent_id;
    IF NEW.id = ANY(parent_path) THEN
      RAISE EXCEPTION 'a group cannot be moved into its own subtree' USING ERRCODE = 'SD422';
    END IF;
    NEW.id_path := parent_path || NEW.id;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER user_group_path BEFORE INSERT OR UPDATE OF parent_id ON smsdesk.user_group
  FOR EACH ROW EXECUTE FUNCTION smsdesk.tg_user_group_path();

CREATE FUNCTION smsdesk.tg_user_group_moved() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  UPDATE user_group
     SET id_path = NEW.id_path || id_path[array_position(id_path, NEW.id) + 1:]
   WHERE NEW.id = ANY(id_path) AND id <> NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER user_group_moved AFTER UPDATE OF parent_id ON smsdesk.user_group
  FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id)
  EXECUTE FUNCTION smsdesk.tg_user_group_moved();

-- The audit log is append-only, even for the table owner; only a retention purge (SEC-5) may delete.
CREATE FUNCTION smsdesk.tg_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('smsdesk.purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = '42501';
END $$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON smsdesk.audit_log
  FOR EACH ROW EXECUTE FUNCTION smsdesk.tg_audit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON smsdesk.audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_audit_append_only();

-- ---------------------------------------------------------------------------------------------------
-- Who is calling. SECURITY DEFINER so policies can read app_user without recursing into its own policy.
CREATE FUNCTION smsdesk.is_system() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
$$;

CREATE FUNCTION smsdesk.me() RETURNS smsdesk.app_user
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT * FROM app_user WHERE role_name = session_user AND status = 'normal'
$$;

CREATE FUNCTION smsdesk.my_user_id() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT id FROM app_user WHERE role_name = session_user AND status = 'normal'
$$;

-- Groups I act for: my group's whole subtree for administrators and reviewers, my own group otherwise.
CREATE FUNCTION smsdesk.my_scope_groups() RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT CASE
           WHEN u.kind = 'admin' OR u.is_reviewer THEN
             (SELECT coalesce(array_agg(g.id), '{}') FROM user_group g WHERE u.group_id = ANY(g.id_path))
           ELSE ARRAY[u.group_id]
         END
    FROM app_user u WHERE u.role_name = session_user AND u.status = 'normal'
$$;

CREATE FUNCTION smsdesk.my_ancestor_groups() RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT g.id_path FROM app_user u JOIN user_group g ON g.id = u.group_id
   WHERE u.role_name = session_user AND u.status = 'normal'
$$;

CREATE FUNCTION smsdesk.i_oversee() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT coalesce((SELECT kind = 'admin' OR is_reviewer FROM app_user
                    WHERE role_name = session_user AND status = 'normal'), false)
$$;

CREATE FUNCTION smsdesk.i_am_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT coalesce((SELECT kind = 'admin' FROM app_user
                    WHERE role_name = session_user AND status = 'normal'), false)
$$;

-- A top administrator's group has no parent: only they see audit rows that concern no group.
CREATE FUNCTION smsdesk.i_am_top_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT coalesce((SELECT u.kind = 'admin' AND g.parent_id IS NULL
                     FROM app_user u JOIN user_group g ON g.id = u.group_id
                    WHERE u.role_name = session_user AND u.status = 'normal'), false)
$$;

CREATE FUNCTION smsdesk.group_in_subtree(p_group bigint, p_root bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM user_group WHERE id = p_group AND p_root = ANY(id_path))
$$;

-- ---------------------------------------------------------------------------------------------------
-- Row-level security. Nobody but the functions below writes; these policies decide what is read.
ALTER TABLE smsdesk.user_group ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.quota_movement ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.audit_log ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_group_read ON smsdesk.user_group FOR SELECT
  USING (id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[]) OR id = ANY ((SELECT smsdesk.my_ancestor_groups())::bigint[]));

CREATE POLICY app_user_read ON smsdesk.app_user FOR SELECT
  USING (role_name = session_user
         OR ((SELECT smsdesk.i_oversee()) AND group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])));

CREATE POLICY quota_movement_read ON smsdesk.quota_movement FOR SELECT
  USING (user_id = (SELECT smsdesk.my_user_id())
         OR ((SELECT smsdesk.i_am_admin())
             AND (group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])
                  OR user_id IN (SELECT id FROM smsdesk.app_user))));

CREATE POLICY audit_log_read ON smsdesk.audit_log FOR SELECT
  USING ((SELECT smsdesk.i_am_admin())
         AND (group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])
              OR (group_id IS NULL AND (SELECT smsdesk.i_am_top_admin()))));

GRANT SELECT ON smsdesk.installation, smsdesk.alembic_version, smsdesk.user_group, smsdesk.app_user,
                smsdesk.quota_movement, smsdesk.audit_log TO "__P__operator", "__P__dispatcher";

-- ---------------------------------------------------------------------------------------------------
-- Helpers used by the functions below (not granted to anyone).
CREATE FUNCTION smsdesk._audit(p_action text, p_target text, p_group bigint, p_details jsonb DEFAULT '{}')
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  INSERT INTO audit_log (actor_role, actor_user_id, group_id, action, target, details)
  VALUES (session_user, smsdesk.my_user_id(), p_group, p_action, coalesce(p_target, ''),
          coalesce(p_details, '{}'::jsonb))
$$;

CREATE FUNCTION smsdesk._fail(p_code text, p_message text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', p_message USING ERRCODE = p_code;
END $$;

-- Raises unless the caller is a superuser (IT) or an active administrator whose subtree holds p_group.
-- p_strict refuses the administrator's own group (nobody raises their own quota or sets their own trust).
CREATE FUNCTION smsdesk._require_admin_over(p_group bigint, p_strict boolean DEFAULT false)
RETURNS smsdesk.app_user LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user;
BEGIN
  IF smsdesk.is_system() THEN
    RETURN NULL;
  END IF;
  caller := smsdesk.me();
  IF caller.id IS NULL OR caller.kind <> 'admin' THEN
    PERFORM smsdesk._fail('SD403', 'only an administrator may do this');
  END IF;
  IF p_group IS NULL OR NOT smsdesk.group_in_subtree(p_group, caller.group_id)
     OR (p_strict AND p_group = caller.group_id) THEN
    PERFORM smsdesk._fail('SD403', 'that group is outside your part of the organisation');
  END IF;
  RETURN caller;
END $$;

CREATE FUNCTION smsdesk.group_path(p_group bigint) RETURNS text
LANGUAGE sql STABLE SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT string_agg(a.name, '/' ORDER BY p.ord)
    FROM user_group g, unnest(g.id_path) WITH ORDINALITY AS p(gid, ord)
    JOIN user_group a ON a.id = p.gid
   WHERE g.id = p_group
$$;

-- Resolves 'East/Shanghai/Desk 1' among the groups the caller can see.
CREATE FUNCTION smsdesk.group_find(p_path text) RETURNS bigint
LANGUAGE plpgsql STABLE SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE part text; current_id bigint := NULL; found_id bigint;
BEGIN
  FOREACH part IN ARRAY string_to_array(trim(both '/' from p_path), '/') LOOP
    SELECT id INTO found_id FROM user_group
     WHERE name = trim(part) AND parent_id IS NOT DISTINCT FROM current_id;
    IF found_id IS NULL THEN
      RETURN NULL;
    END IF;
    current_id := found_id;
  END LOOP;
  RETURN current_id;
END $$;

-- ---------------------------------------------------------------------------------------------------
-- Groups.
CREATE FUNCTION smsdesk.group_create(p_parent bigint, p_name text, p_review boolean DEFAULT false)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE new_id bigint; clean text := trim(p_name);
BEGIN
  IF p_parent IS NULL THEN
    IF NOT smsdesk.is_system() THEN
      PERFORM smsdesk._fail('SD403', 'only the installation''s owner creates top-level groups');
    END IF;
  ELSE
    PERFORM smsdesk._require_admin_over(p_parent);
  END IF;
  IF clean IS NULL OR length(clean) NOT BETWEEN 1 AND 100 OR position('/' IN clean) > 0 THEN
    PERFORM smsdesk._fail('SD422', 'a group name has 1 to 100 characters and no "/"');
  END IF;
  IF EXISTS (SELECT 1 FROM user_group WHERE parent_id IS NOT DISTINCT FROM p_parent AND name = clean) THEN
    PERFORM smsdesk._fail('SD409', format('group "%s" already exists there', clean));
  END IF;
  INSERT INTO user_group (parent_id, name, review_mode) VALUES (p_parent, clean, p_review)
  RETURNING id INTO new_id;
  PERFORM smsdesk._audit('group.create', smsdesk.group_path(new_id), new_id,
                         jsonb_build_object('review', p_review));
  RETURN new_id;
END $$;

CREATE FUNCTION smsdesk.group_set_review(p_group bigint, p_review boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  PERFORM smsdesk._require_admin_over(p_group, true);
  UPDATE user_group SET review_mode = p_review, updated_at = now() WHERE id = p_group;
  PERFORM smsdesk._audit('group.review', smsdesk.group_path(p_group), p_group,
                         jsonb_build_object('review', p_review));
END $$;

-- ---------------------------------------------------------------------------------------------------
-- Users. The client sends a SCRAM verifier, never the password itself.
CREATE FUNCTION smsdesk._sync_role(p_user smsdesk.app_user) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE prefix text := (SELECT role_prefix FROM installation WHERE id = 1);
BEGIN
  EXECUTE format('ALTER ROLE %I %s', p_user.role_name,
                 CASE WHEN p_user.status = 'normal' THEN 'LOGIN' ELSE 'NOLOGIN' END);
  EXECUTE format('GRANT %I TO %I', prefix || 'operator', p_user.role_name);
  IF p_user.is_reviewer OR p_user.kind = 'admin' THEN
    EXECUTE format('GRANT %I TO %I', prefix || 'reviewer', p_user.role_name);
  ELSE
    EXECUTE format('REVOKE %I FROM %I', prefix || 'reviewer', p_user.role_name);
  END IF;
  IF p_user.kind = 'admin' THEN
    EXECUTE format('GRANT %I TO %I', prefix || 'admin', p_user.role_name);
  ELSE
    EXECUTE format('REVOKE %I FROM %I', prefix || 'admin', p_user.role_name);
  END IF;
  IF p_user.status <> 'normal' THEN
    -- a disabled user's open sessions end now, not at their next sign-in
    PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
     WHERE usename = p_user.role_name AND pid <> pg_backend_pid();
  END IF;
END $$;

CREATE FUNCTION smsdesk.user_create(
  p_login text, p_operator_name text, p_group bigint, p_kind text DEFAULT 'user',
  p_reviewer boolean DEFAULT false, p_review boolean DEFAULT false, p_mobile text DEFAULT NULL,
  p_verifier text DEFAULT NULL)
RETURNS TABLE (user_id bigint, role_name text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE prefix text := (SELECT role_prefix FROM installation WHERE id = 1);
        new_role text; created app_user;
BEGIN
  PERFORM smsdesk._require_admin_over(p_group);
  IF p_login IS NULL OR p_login !~ '^[a-z0-9][a-z0-9_.-]{0,31}$' THEN
    PERFORM smsdesk._fail('SD422',
      'a login has 1 to 32 characters: lower-case letters, digits, "_", "." or "-", starting with a letter or digit');
  END IF;
  IF p_kind NOT IN ('admin', 'user') THEN
    PERFORM smsdesk._fail('SD422', 'a user is an administrator or a user');
  END IF;
  IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$' THEN
    PERFORM smsdesk._fail('SD422', 'the password must arrive as a SCRAM-SHA-256 verifier');
  END IF;
  new_role := prefix || 'u_' || p_login;
  IF EXISTS (SELECT 1 FROM app_user WHERE login = p_login) OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = new_role) THEN
    PERFORM smsdesk._fail('SD409', format('login "%s" is taken', p_login));
  END IF;
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', new_role, p_verifier);
  INSERT INTO app_user (login, role_name, operator_name, group_id, mobile, kind, is_reviewer, review_mode)
  VALUES (p_login, new_role, coalesce(trim(p_operator_name), ''), p_group, p_mobile, p_kind,
          coalesce(p_reviewer, false), coalesce(p_review, false))
  RETURNING * INTO created;
  PERFORM smsdesk._sync_role(created);
  PERFORM smsdesk._audit('user.create', p_login, p_group,
    jsonb_build_object('kind', p_kind, 'reviewer', p_reviewer, 'review', p_review, 'role', new_role));
  user_id := created.id;
  role_name := new_role;
  RETURN NEXT;
END $$;

CREATE FUNCTION smsdesk.user_set_status(p_user bigint, p_status text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; caller app_user;
BEGIN
  SELECT * INTO target FROM app_user WHERE id = p_user FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such user');
  END IF;
  caller := smsdesk._require_admin_over(target.group_id);
  IF caller.id = target.id THEN
    PERFORM smsdesk._fail('SD403', 'you cannot change your own status');
  END IF;
  IF p_status NOT IN ('normal', 'disabled', 'deleted') THEN
    PERFORM smsdesk._fail('SD422', 'status is normal, disabled or deleted');
  END IF;
  UPDATE app_user SET status = p_status, updated_at = now(),
         deleted_at = CASE WHEN p_status = 'deleted' THEN now() END
   WHERE id = p_user RETURNING * INTO target;
  PERFORM smsdesk._sync_role(target);
  PERFORM smsdesk._audit('user.status', target.login, target.group_id, jsonb_build_object('status', p_status));
END $$;

CREATE FUNCTION smsdesk.user_set_flags(p_user bigint, p_kind text, p_reviewer boolean, p_review boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; caller app_user;
BEGIN
  SELECT * INTO target FROM app_user WHERE id = p_user FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such user');
  END IF;
  caller := smsdesk._require_admin_over(target.group_id);
  IF caller.id = target.id THEN
    PERFORM smsdesk._fail('SD403', 'you cannot change your own type, reviewer right or review setting');
  END IF;
  IF p_kind NOT IN ('admin', 'user') THEN
    PERFORM smsdesk._fail('SD422', 'a user is an administrator or a user');
  END IF;
  UPDATE app_user SET kind = p_kind, is_reviewer = p_reviewer, review_mode = p_review, updated_at = now()
   WHERE id = p_user RETURNING * INTO target;
  PERFORM smsdesk._sync_role(target);
  PERFORM smsdesk._audit('user.flags', target.login, target.group_id,
    jsonb_build_object('kind', p_kind, 'reviewer', p_reviewer, 'review', p_review));
END $$;

CREATE FUNCTION smsdesk.user_update_profile(p_user bigint, p_operator_name text, p_mobile text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user;
BEGIN
  SELECT * INTO target FROM app_user WHERE id = p_user FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such user');
  END IF;
  IF target.id IS DISTINCT FROM smsdesk.my_user_id() THEN
    PERFORM smsdesk._require_admin_over(target.group_id);
  END IF;
  UPDATE app_user SET operator_name = coalesce(trim(p_operator_name), ''), mobile = p_mobile, updated_at = now()
   WHERE id = p_user;
  PERFORM smsdesk._audit('user.profile', target.login, target.group_id, '{}');
END $$;

CREATE FUNCTION smsdesk.user_set_password(p_user bigint, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user;
BEGIN
  SELECT * INTO target FROM app_user WHERE id = p_user;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such user');
  END IF;
  IF target.id IS DISTINCT FROM smsdesk.my_user_id() THEN
    PERFORM smsdesk._require_admin_over(target.group_id);
  END IF;
  IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$' THEN
    PERFORM smsdesk._fail('SD422', 'the password must arrive as a SCRAM-SHA-256 verifier');
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', target.role_name, p_verifier);
  PERFORM smsdesk._audit('user.password', target.login, target.group_id, '{}');
END $$;

-- ---------------------------------------------------------------------------------------------------
-- Quotas, in segments (USR-2). A balance only moves together with a quota_movement row.
CREATE FUNCTION smsdesk.quota_grant_group(p_group bigint, p_amount bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target user_group; source user_group; caller app_user; new_balance bigint;
BEGIN
  IF p_amount IS NULL OR p_amount <= 0 THEN
    PERFORM smsdesk._fail('SD422', 'a grant is a positive number of segments');
  END IF;
  SELECT * INTO target FROM user_group WHERE id = p_group;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such group');
  END IF;
  IF target.parent_id IS NULL THEN
    -- The root is funded from nothing, by IT or by an administrator of that root group.
    IF NOT smsdesk.is_system() THEN
      caller := smsdesk.me();
      IF caller.id IS NULL OR caller.kind <> 'admin' OR caller.group_id <> target.id THEN
        PERFORM smsdesk._fail('SD403', 'only an administrator of the top-level group funds it');
      END IF;
    END IF;
  ELSE
    caller := smsdesk._require_admin_over(target.parent_id);
    -- lock parent before child, in id order along the path, so concurrent grants cannot deadlock
    SELECT * INTO source FROM user_group WHERE id = target.parent_id FOR UPDATE;
    IF source.quota_balance < p_amount THEN
      PERFORM smsdesk._fail('SD402', format('group "%s" holds %s segments, %s asked',
                                           source.name, source.quota_balance, p_amount));
    END IF;
    UPDATE user_group SET quota_balance = quota_balance - p_amount, updated_at = now() WHERE id = source.id;
    INSERT INTO quota_movement (actor_user_id, group_id, amount, reason, reference)
    VALUES (caller.id, source.id, -p_amount, 'grant.out', target.id::text);
  END IF;
  UPDATE user_group SET quota_balance = quota_balance + p_amount, updated_at = now()
   WHERE id = target.id RETURNING quota_balance INTO new_balance;
  INSERT INTO quota_movement (actor_user_id, group_id, amount, reason, reference)
  VALUES (caller.id, target.id, p_amount, 'grant.in', target.parent_id::text);
  PERFORM smsdesk._audit('quota.grant_group', smsdesk.group_path(target.id), target.id,
                         jsonb_build_object('amount', p_amount, 'balance', new_balance));
  RETURN new_balance;
END $$;

CREATE FUNCTION smsdesk.quota_grant_user(p_user bigint, p_amount bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; source user_group; caller app_user; new_limit bigint;
BEGIN
  IF p_amount IS NULL OR p_amount <= 0 THEN
    PERFORM smsdesk._fail('SD422', 'a grant is a positive number of segments');
  END IF;
  SELECT * INTO target FROM app_user WHERE id = p_user;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such user');
  END IF;
  caller := smsdesk._require_admin_over(target.group_id);
  IF caller.id = target.id THEN
    PERFORM smsdesk._fail('SD403', 'you cannot raise your own quota');
  END IF;
  SELECT * INTO source FROM user_group WHERE id = target.group_id FOR UPDATE;
  IF source.quota_balance < p_amount THEN
    PERFORM smsdesk._fail('SD402', format('group "%s" holds %s segments, %s asked',
                                         source.name, source.quota_balance, p_amount));
  END IF;
  UPDATE user_group SET quota_balance = quota_balance - p_amount, updated_at = now() WHERE id = source.id;
  UPDATE app_user SET quota_limit = quota_limit + p_amount, updated_at = now()
   WHERE id = target.id RETURNING quota_limit INTO new_limit;
  INSERT INTO quota_movement (actor_user_id, group_id, amount, reason, reference)
  VALUES (caller.id, source.id, -p_amount, 'allocate.out', target.id::text);
  INSERT INTO quota_movement (actor_user_id, user_id, amount, reason, reference)
  VALUES (caller.id, target.id, p_amount, 'allocate.in', source.id::text);
  PERFORM smsdesk._audit('quota.grant_user', target.login, target.group_id,
                         jsonb_build_object('amount', p_amount, 'limit', new_limit));
  RETURN new_limit;
END $$;

-- ---------------------------------------------------------------------------------------------------
-- Sign-in and client-reported events.
CREATE FUNCTION smsdesk.sign_in(p_client jsonb DEFAULT '{}') RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user;
BEGIN
  caller := smsdesk.me();
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  PERFORM smsdesk._audit('sign_in', caller.login, caller.group_id,
                         jsonb_strip_nulls(coalesce(p_client, '{}') - 'password'));
  RETURN jsonb_build_object(
    'id', caller.id, 'login', caller.login, 'role_name', caller.role_name,
    'operator_name', caller.operator_name, 'kind', caller.kind, 'is_reviewer', caller.is_reviewer,
    'review_mode', caller.review_mode, 'see_full_numbers', caller.see_full_numbers,
    'group_id', caller.group_id, 'group_path', smsdesk.group_path(caller.group_id),
    'quota_limit', caller.quota_limit, 'quota_used', caller.quota_used,
    'server_version', current_setting('server_version'));
END $$;

CREATE FUNCTION smsdesk.record_sign_in_failure(p_login text, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE v_login text := lower(left(coalesce(p_login, ''), 64)); target app_user;
BEGIN
  -- The gate's password is public: cap what it can write so it cannot flood the log.
  IF (SELECT count(*) FROM audit_log WHERE action = 'sign_in.failed' AND at > now() - interval '1 minute') >= 120 THEN
    RETURN;
  END IF;
  SELECT * INTO target FROM app_user WHERE app_user.login = v_login;
  PERFORM smsdesk._audit('sign_in.failed', v_login, target.group_id,
    jsonb_build_object('reason', CASE WHEN p_reason IN ('password', 'disabled', 'schema', 'other')
                                      THEN p_reason ELSE 'other' END));
END $$;

CREATE FUNCTION smsdesk.audit_event(p_action text, p_target text, p_details jsonb DEFAULT '{}')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk.me();
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF p_action IS NULL OR p_action !~ '^[a-z][a-z_.]{1,60}$' THEN
    PERFORM smsdesk._fail('SD422', 'unknown audit action');
  END IF;
  PERFORM smsdesk._audit(p_action, left(coalesce(p_target, ''), 500), caller.group_id,
                         coalesce(p_details, '{}') || jsonb_build_object('client_reported', true));
END $$;

-- ---------------------------------------------------------------------------------------------------
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA smsdesk FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
  smsdesk.is_system(), smsdesk.me(), smsdesk.my_user_id(), smsdesk.my_scope_groups(),
  smsdesk.my_ancestor_groups(), smsdesk.i_oversee(), smsdesk.i_am_admin(), smsdesk.i_am_top_admin(),
  smsdesk.group_in_subtree(bigint, bigint), smsdesk.group_path(bigint), smsdesk.group_find(text),
  smsdesk.sign_in(jsonb), smsdesk.audit_event(text, text, jsonb),
  smsdesk.user_update_profile(bigint, text, text), smsdesk.user_set_password(bigint, text)
  TO "__P__operator", "__P__dispatcher";
GRANT EXECUTE ON FUNCTION
  smsdesk.group_create(bigint, text, boolean), smsdesk.group_set_review(bigint, boolean),
  smsdesk.user_create(text, text, bigint, text, boolean, boolean, text, text),
  smsdesk.user_set_status(bigint, text), smsdesk.user_set_flags(bigint, text, boolean, boolean),
  smsdesk.quota_grant_group(bigint, bigint), smsdesk.quota_grant_user(bigint, bigint)
  TO "__P__admin";
GRANT EXECUTE ON FUNCTION smsdesk.record_sign_in_failure(text, text) TO "__P__gate", "__P__operator";
ALTER DEFAULT PRIVILEGES IN SCHEMA smsdesk REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
