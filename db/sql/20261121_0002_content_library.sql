-- Content and compliance library, version 1 (SET-1..SET-5, TPL-1, TPL-3, SEC-1, SEC-2).
-- Who may change what:
--   phrases      a user's own phrase groups; public groups of their user group (any member adds, the
--                author or an administrator over the group edits and deletes)
--   templates    the author edits their own; public templates are created and edited by administrators over
--                the group; any edit sends the template back to review; reviewers and administrators over the
--                group approve or reject, never their own
--   signatures   administrators over the group
--   words        administrators of the top-level group (the list is installation-wide)
--   blacklists   global and per-kind lists: administrators of the top-level group; a group's list:
--                administrators over that group. Its entries also block sends from the group's subtree.
-- Every change is audited. __P__ is the installation's role prefix.

-- ---------------------------------------------------------------------------------------------------
-- Pure helpers, the SQL twins of smsdesk.domain (words.fold, templates.Template).

-- Case- and width-folded text (full-width ASCII as ASCII, ideographic space as space): duplicates of a
-- sensitive word are judged on this, as the matcher compares.
CREATE FUNCTION smsdesk.word_fold(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
  SELECT lower(translate(p_text,
    '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　ς',
    '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ σ'))
$$;

-- NULL for a well-formed template, else the domain's error code: nested, unopened, empty_name, unclosed.
CREATE FUNCTION smsdesk.template_problem(p_text text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE chars text[] := regexp_split_to_array(p_text, ''); open_at int := 0; i int;
BEGIN
  FOR i IN 1 .. coalesce(array_length(chars, 1), 0) LOOP
    IF chars[i] = '【' THEN
      IF open_at > 0 THEN
        RETURN 'nested';
      END IF;
      open_at := i;
    ELSIF chars[i] = '】' THEN
      IF open_at = 0 THEN
        RETURN 'unopened';
      END IF;
      IF array_to_string(chars[open_at + 1 : i - 1], '') ~ '^\s*$' THEN
        RETURN 'empty_name';
      END IF;
      open_at := 0;
    END IF;
  END LOOP;
  IF open_at > 0 THEN
    RETURN 'unclosed';
  END IF;
  RETURN NULL;
END $$;

-- The distinct variable names of a well-formed template, in order of first appearance.
CREATE FUNCTION smsdesk.template_variables(p_text text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
  SELECT coalesce(array_agg(name ORDER BY first_seen), '{}')
    FROM (SELECT name, min(ord) AS first_seen
            FROM (SELECT regexp_replace(m[1], '^\s+|\s+$', '', 'g') AS name, ord
                    FROM regexp_matches(p_text, '【([^【】]*)】', 'g') WITH ORDINALITY AS t(m, ord)) x
           GROUP BY name) y
$$;

-- ---------------------------------------------------------------------------------------------------
-- Row-level security: what each role reads.
ALTER TABLE smsdesk.phrase_group ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.phrase ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.signature ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.message_template ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.sensitive_word ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.blacklist_list ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.blacklist_batch ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.blacklist_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.blacklist_tail ENABLE ROW LEVEL SECURITY;

-- Personal groups: their owner only. Public groups: the users of that group and of its subtree (a head
-- office's phrases serve its branches), and administrators over it.
CREATE POLICY phrase_group_read ON smsdesk.phrase_group FOR SELECT
  USING (owner_id = (SELECT smsdesk.my_user_id())
         OR (owner_id IS NULL
             AND (user_group_id = ANY ((SELECT smsdesk.my_ancestor_groups())::bigint[])
                  OR ((SELECT smsdesk.i_am_admin())
                      AND user_group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])))));

CREATE POLICY phrase_read ON smsdesk.phrase FOR SELECT
  USING (phrase_group_id IN (SELECT id FROM smsdesk.phrase_group));

-- Signatures of the groups above me (I send under them) and of the groups I oversee.
CREATE POLICY signature_read ON smsdesk.signature FOR SELECT
  USING (group_id = ANY ((SELECT smsdesk.my_ancestor_groups())::bigint[])
         OR group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[]));

-- My own templates; public ones of my group and the groups above it; everything in the subtree of a
-- reviewer or administrator (they review it).
CREATE POLICY message_template_read ON smsdesk.message_template FOR SELECT
  USING (owner_id = (SELECT smsdesk.my_user_id())
         OR (is_public AND group_id = ANY ((SELECT smsdesk.my_ancestor_groups())::bigint[]))
         OR ((SELECT smsdesk.i_oversee()) AND group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])));

-- Every console masks content with the words, so everyone reads them.
CREATE POLICY sensitive_word_read ON smsdesk.sensitive_word FOR SELECT USING (true);

-- Numbers are personal data: only administrators browse the lists (and only the lists that concern their
-- part of the organisation). Sends are checked by blacklist_hits(), which needs no read right.
CREATE POLICY blacklist_list_read ON smsdesk.blacklist_list FOR SELECT
  USING ((SELECT smsdesk.i_am_admin())
         AND (scope <> 'group'
              OR group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])
              OR group_id = ANY ((SELECT smsdesk.my_ancestor_groups())::bigint[])));
CREATE POLICY blacklist_batch_read ON smsdesk.blacklist_batch FOR SELECT
  USING (list_id IN (SELECT id FROM smsdesk.blacklist_list));
CREATE POLICY blacklist_entry_read ON smsdesk.blacklist_entry FOR SELECT
  USING (list_id IN (SELECT id FROM smsdesk.blacklist_list));
CREATE POLICY blacklist_tail_read ON smsdesk.blacklist_tail FOR SELECT
  USING (list_id IN (SELECT id FROM smsdesk.blacklist_list));

GRANT SELECT ON smsdesk.phrase_group, smsdesk.phrase, smsdesk.signature, smsdesk.message_template,
                smsdesk.sensitive_word, smsdesk.blacklist_list, smsdesk.blacklist_batch, smsdesk.blacklist_entry,
                smsdesk.blacklist_tail TO "__P__operator", "__P__dispatcher";

-- ---------------------------------------------------------------------------------------------------
-- Helpers (not granted).

-- The calling user, or NULL for IT (a superuser); raises for anyone else.
CREATE FUNCTION smsdesk._library_caller() RETURNS smsdesk.app_user
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk.me();
BEGIN
  IF caller.id IS NULL AND NOT smsdesk.is_system() THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  RETURN caller;
END $$;

CREATE FUNCTION smsdesk._require_top_admin(p_what text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF NOT (smsdesk.is_system() OR smsdesk.i_am_top_admin()) THEN
    PERFORM smsdesk._fail('SD403', format('only an administrator of the top-level group changes %s', p_what));
  END IF;
END $$;

-- May the caller edit (not just add to) this phrase group: its owner; for a public group its creator
-- or an administrator over its user group.
CREATE FUNCTION smsdesk._phrase_group_editable(p_group smsdesk.phrase_group) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller();
BEGIN
  IF p_group.owner_id IS NOT NULL THEN
    IF caller.id IS DISTINCT FROM p_group.owner_id THEN
      PERFORM smsdesk._fail('SD404', 'no such phrase group');
    END IF;
  ELSIF caller.id IS NULL OR caller.id IS DISTINCT FROM p_group.created_by THEN
    PERFORM smsdesk._require_admin_over(p_group.user_group_id);
  END IF;
END $$;

-- ---------------------------------------------------------------------------------------------------
-- Phrases (SET-3, SEND-4).
CREATE FUNCTION smsdesk.phrase_group_create(p_name text, p_public boolean) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); clean text := btrim(p_name); new_id bigint;
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD403', 'phrase groups belong to a user and their group');
  END IF;
  IF clean IS NULL OR length(clean) NOT BETWEEN 1 AND 50 THEN
    PERFORM smsdesk._fail('SD422', 'a phrase group name has 1 to 50 characters');
  END IF;
  p_public := coalesce(p_public, false);
  IF EXISTS (SELECT 1 FROM phrase_group WHERE user_group_id = caller.group_id AND name = clean
               AND coalesce(owner_id, 0) = CASE WHEN p_public THEN 0 ELSE caller.id END) THEN
    PERFORM smsdesk._fail('SD409', format('phrase group "%s" already exists', clean));
  END IF;
  INSERT INTO phrase_group (user_group_id, owner_id, name, created_by)
  VALUES (caller.group_id, CASE WHEN p_public THEN NULL ELSE caller.id END, clean, caller.id)
  RETURNING id INTO new_id;
  PERFORM smsdesk._audit('phrase_group.create', clean, caller.group_id, jsonb_build_object('public', p_public));
  RETURN new_id;
END $$;

CREATE FUNCTION smsdesk.phrase_group_rename(p_id bigint, p_name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target phrase_group; clean text := btrim(p_name);
BEGIN
  SELECT * INTO target FROM phrase_group WHERE id = p_id FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such phrase group');
  END IF;
  PERFORM smsdesk._phrase_group_editable(target);
  IF clean IS NULL OR length(clean) NOT BETWEEN 1 AND 50 THEN
    PERFORM smsdesk._fail('SD422', 'a phrase group name has 1 to 50 characters');
  END IF;
  IF EXISTS (SELECT 1 FROM phrase_group WHERE user_group_id = target.user_group_id AND name = clean
               AND coalesce(owner_id, 0) = coalesce(target.owner_id, 0) AND id <> target.id) THEN
    PERFORM smsdesk._fail('SD409', format('phrase group "%s" already exists', clean));
  END IF;
  UPDATE phrase_group SET name = clean WHERE id = p_id;
  PERFORM smsdesk._audit('phrase_group.rename', clean, target.user_group_id, jsonb_build_object('was', target.name));
END $$;

CREATE FUNCTION smsdesk.phrase_group_delete(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target phrase_group; n bigint;
BEGIN
  SELECT * INTO target FROM phrase_group WHERE id = p_id FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such phrase group');
  END IF;
  PERFORM smsdesk._phrase_group_editable(target);
  SELECT count(*) INTO n FROM phrase WHERE phrase_group_id = p_id;
  DELETE FROM phrase_group WHERE id = p_id;
  PERFORM smsdesk._audit('phrase_group.delete', target.name, target.user_group_id,
                         jsonb_build_object('phrases', n, 'public', target.owner_id IS NULL));
END $$;

CREATE FUNCTION smsdesk.phrase_add(p_group bigint, p_content text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); target phrase_group; clean text := btrim(p_content, E' \t\r\n');
        new_id bigint;
BEGIN
  SELECT * INTO target FROM phrase_group WHERE id = p_group;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such phrase group');
  END IF;
  IF target.owner_id IS NOT NULL THEN
    IF caller.id IS DISTINCT FROM target.owner_id THEN
      PERFORM smsdesk._fail('SD404', 'no such phrase group');
    END IF;
  ELSIF caller.id IS NULL OR caller.group_id <> target.user_group_id THEN
    -- members add to their group's public phrases; administrators over it too
    PERFORM smsdesk._require_admin_over(target.user_group_id);
  END IF;
  IF clean IS NULL OR length(clean) NOT BETWEEN 1 AND 500 THEN
    PERFORM smsdesk._fail('SD422', 'a phrase has 1 to 500 characters');
  END IF;
  INSERT INTO phrase (phrase_group_id, content, created_by) VALUES (p_group, clean, caller.id) RETURNING id INTO new_id;
  PERFORM smsdesk._audit('phrase.create', target.name, target.user_group_id,
                         jsonb_build_object('phrase', new_id, 'public', target.owner_id IS NULL));
  RETURN new_id;
END $$;

-- A phrase is edited by its author, or by whoever may edit its group.
CREATE FUNCTION smsdesk._phrase_for_change(p_id bigint) RETURNS smsdesk.phrase_group
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); item phrase; target phrase_group;
BEGIN
  SELECT * INTO item FROM phrase WHERE id = p_id FOR UPDATE;
  SELECT * INTO target FROM phrase_group WHERE id = item.phrase_group_id;
  IF item.id IS NULL OR (target.owner_id IS NOT NULL AND caller.id IS DISTINCT FROM target.owner_id) THEN
    PERFORM smsdesk._fail('SD404', 'no such phrase');
  END IF;
  IF target.owner_id IS NULL AND (caller.id IS NULL OR caller.id IS DISTINCT FROM item.created_by) THEN
    PERFORM smsdesk._phrase_group_editable(target);
  END IF;
  RETURN target;
END $$;

CREATE FUNCTION smsdesk.phrase_update(p_id bigint, p_content text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target phrase_group := smsdesk._phrase_for_change(p_id); clean text := btrim(p_content, E' \t\r\n');
BEGIN
  IF clean IS NULL OR length(clean) NOT BETWEEN 1 AND 500 THEN
    PERFORM smsdesk._fail('SD422', 'a phrase has 1 to 500 characters');
  END IF;
  UPDATE phrase SET content = clean, updated_at = now() WHERE id = p_id;
  PERFORM smsdesk._audit('phrase.update', target.name, target.user_group_id, jsonb_build_object('phrase', p_id));
END $$;

CREATE FUNCTION smsdesk.phrase_delete(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target phrase_group := smsdesk._phrase_for_change(p_id);
BEGIN
  DELETE FROM phrase WHERE id = p_id;
  PERFORM smsdesk._audit('phrase.delete', target.name, target.user_group_id, jsonb_build_object('phrase', p_id));
END $$;

-- ---------------------------------------------------------------------------------------------------
-- Signatures (SET-5).
CREATE FUNCTION smsdesk._signature_text(p_text text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE inner_text text := btrim(coalesce(p_text, ''));
BEGIN
  IF inner_text LIKE '【%' AND inner_text LIKE '%】' AND length(inner_text) >= 2 THEN
    inner_text := btrim(substr(inner_text, 2, length(inner_text) - 2));
  ELSIF inner_text LIKE '【%' OR inner_text LIKE '%】' THEN
    PERFORM smsdesk._fail('SD422', 'a signature''s brackets 【】 must enclose it');
  END IF;
  IF position('【' IN inner_text) > 0 OR position('】' IN inner_text) > 0 THEN
    PERFORM smsdesk._fail('SD422', 'a signature cannot hold brackets 【】 inside');
  END IF;
  IF inner_text ~ '[[:cntrl:]]' THEN
    PERFORM smsdesk._fail('SD422', 'a signature cannot hold control characters or line breaks');
  END IF;
  IF length(inner_text) NOT BETWEEN 2 AND 8 THEN
    PERFORM smsdesk._fail('SD422', 'a signature has 2 to 8 characters inside 【】');
  END IF;
  RETURN inner_text;
END $$;

CREATE FUNCTION smsdesk.signature_create(p_group bigint, p_text text, p_default boolean DEFAULT false) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._require_admin_over(p_group); clean text := smsdesk._signature_text(p_text);
        first_one boolean; new_id bigint;
BEGIN
  PERFORM 1 FROM user_group WHERE id = p_group FOR UPDATE;  -- one default per group, even under concurrency
  IF EXISTS (SELECT 1 FROM signature WHERE group_id = p_group AND text = clean) THEN
    PERFORM smsdesk._fail('SD409', format('the group already has the signature 【%s】', clean));
  END IF;
  first_one := NOT EXISTS (SELECT 1 FROM signature WHERE group_id = p_group);
  IF p_default AND NOT first_one THEN
    UPDATE signature SET is_default = false WHERE group_id = p_group AND is_default;
  END IF;
  INSERT INTO signature (group_id, text, is_default, created_by)
  VALUES (p_group, clean, p_default OR first_one, caller.id) RETURNING id INTO new_id;
  PERFORM smsdesk._audit('signature.create', '【' || clean || '】', p_group,
                         jsonb_build_object('default', p_default OR first_one));
  RETURN new_id;
END $$;

CREATE FUNCTION smsdesk.signature_update(p_id bigint, p_text text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target signature; clean text := smsdesk._signature_text(p_text);
BEGIN
  SELECT * INTO target FROM signature WHERE id = p_id FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such signature');
  END IF;
  PERFORM smsdesk._require_admin_over(target.group_id);
  IF EXISTS (SELECT 1 FROM signature WHERE group_id = target.group_id AND text = clean AND id <> p_id) THEN
    PERFORM smsdesk._fail('SD409', format('the group already has the signature 【%s】', clean));
  END IF;
  UPDATE signature SET text = clean WHERE id = p_id;
  PERFORM smsdesk._audit('signature.update', '【' || clean || '】', target.group_id,
                         jsonb_build_object('was', '【' || target.text || '】'));
END $$;

CREATE FUNCTION smsdesk.signature_set_default(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target signature;
BEGIN
  SELECT * INTO target FROM signature WHERE id = p_id;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such signature');
  END IF;
  PERFORM smsdesk._require_admin_over(target.group_id);
  PERFORM 1 FROM user_group WHERE id = target.group_id FOR UPDATE;
  UPDATE signature SET is_default = false WHERE group_id = target.group_id AND is_default AND id <> p_id;
  UPDATE signature SET is_default = true WHERE id = p_id;
  PERFORM smsdesk._audit('signature.default', '【' || target.text || '】', target.group_id, '{}');
END $$;

CREATE FUNCTION smsdesk.signature_delete(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target signature;
BEGIN
  SELECT * INTO target FROM signature WHERE id = p_id;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such signature');
  END IF;
  PERFORM smsdesk._require_admin_over(target.group_id);
  PERFORM 1 FROM user_group WHERE id = target.group_id FOR UPDATE;
  DELETE FROM signature WHERE id = p_id;
  IF target.is_default THEN  -- the oldest remaining one takes over, so a group with signatures has a default
    UPDATE signature SET is_default = true
     WHERE id = (SELECT id FROM signature WHERE group_id = target.group_id ORDER BY id LIMIT 1);
  END IF;
  PERFORM smsdesk._audit('signature.delete', '【' || target.text || '】', target.group_id, '{}');
END $$;

-- ---------------------------------------------------------------------------------------------------
-- Templates (SET-4, TPL-1, TPL-3).
CREATE FUNCTION smsdesk._template_checked(p_name text, p_kind text, p_content text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE problem text;
BEGIN
  IF p_name IS NULL OR length(btrim(p_name)) NOT BETWEEN 1 AND 100 THEN
    PERFORM smsdesk._fail('SD422', 'a template name has 1 to 100 characters');
  END IF;
  IF p_kind IS NULL OR p_kind NOT IN ('verification', 'notification', 'marketing', 'alert') THEN
    PERFORM smsdesk._fail('SD422', 'a template''s kind is verification, notification, marketing or alert');
  END IF;
  IF p_content IS NULL OR length(btrim(p_content)) NOT BETWEEN 1 AND 1000 THEN
    PERFORM smsdesk._fail('SD422', 'a template''s text has 1 to 1000 characters');
  END IF;
  problem := smsdesk.template_problem(p_content);
  IF problem IS NOT NULL THEN
    PERFORM smsdesk._fail('SD422', CASE problem
      WHEN 'unclosed' THEN 'the template has a 【 that is never closed'
      WHEN 'unopened' THEN 'the template has a 】 that closes nothing'
      WHEN 'nested' THEN 'the template opens a 【 inside another variable'
      ELSE 'the template has a variable 【】 with no name' END);
  END IF;
END $$;

CREATE FUNCTION smsdesk.template_create(p_name text, p_kind text, p_content text, p_public boolean,
                                        p_group bigint DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); target_group bigint; new_id bigint;
        clean text := btrim(p_content, E' \t\r\n');
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD403', 'a template belongs to a user');
  END IF;
  target_group := coalesce(p_group, caller.group_id);
  IF p_public THEN
    PERFORM smsdesk._require_admin_over(target_group);
  ELSIF target_group <> caller.group_id THEN
    PERFORM smsdesk._fail('SD403', 'a private template belongs to its author''s own group');
  END IF;
  PERFORM smsdesk._template_checked(p_name, p_kind, clean);
  INSERT INTO message_template (name, kind, content, variables, group_id, owner_id, is_public)
  VALUES (btrim(p_name), p_kind, clean, smsdesk.template_variables(clean), target_group, caller.id,
          coalesce(p_public, false))
  RETURNING id INTO new_id;
  PERFORM smsdesk._audit('template.create', btrim(p_name), target_group,
                         jsonb_build_object('template', new_id, 'kind', p_kind, 'public', p_public));
  RETURN new_id;
END $$;

-- Any change sends the template back to review: what was approved is not what is there now.
CREATE FUNCTION smsdesk.template_update(p_id bigint, p_name text, p_kind text, p_content text, p_public boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); target message_template; clean text := btrim(p_content, E' \t\r\n');
BEGIN
  SELECT * INTO target FROM message_template WHERE id = p_id FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such template');
  END IF;
  IF target.is_public OR p_public THEN
    PERFORM smsdesk._require_admin_over(target.group_id);
  ELSIF caller.id IS DISTINCT FROM target.owner_id THEN
    PERFORM smsdesk._fail('SD403', 'only its author edits a private template');
  END IF;
  PERFORM smsdesk._template_checked(p_name, p_kind, clean);
  UPDATE message_template
     SET name = btrim(p_name), kind = p_kind, content = clean, variables = smsdesk.template_variables(clean),
         is_public = coalesce(p_public, false), status = 'pending', reviewer_id = NULL, review_reason = NULL,
         reviewed_at = NULL, updated_at = now()
   WHERE id = p_id;
  PERFORM smsdesk._audit('template.update', btrim(p_name), target.group_id,
                         jsonb_build_object('template', p_id, 'was', target.status, 'public', p_public));
END $$;

CREATE FUNCTION smsdesk.template_delete(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); target message_template;
BEGIN
  SELECT * INTO target FROM message_template WHERE id = p_id FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such template');
  END IF;
  IF target.is_public OR caller.id IS DISTINCT FROM target.owner_id THEN
    PERFORM smsdesk._require_admin_over(target.group_id);
  END IF;
  DELETE FROM message_template WHERE id = p_id;
  PERFORM smsdesk._audit('template.delete', target.name, target.group_id,
                         jsonb_build_object('template', p_id, 'status', target.status));
END $$;

-- APR-1: a reviewer or administrator over the template's group approves or rejects it, never their own.
CREATE FUNCTION smsdesk.template_review(p_id bigint, p_approve boolean, p_reason text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); target message_template;
        reason text := nullif(btrim(coalesce(p_reason, '')), '');
BEGIN
  SELECT * INTO target FROM message_template WHERE id = p_id FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such template');
  END IF;
  IF caller.id IS NOT NULL THEN
    IF NOT (caller.kind = 'admin' OR caller.is_reviewer)
       OR NOT smsdesk.group_in_subtree(target.group_id, caller.group_id) THEN
      PERFORM smsdesk._fail('SD403', 'only a reviewer over the template''s group reviews it');
    END IF;
    IF caller.id = target.owner_id THEN
      PERFORM smsdesk._fail('SD403', 'nobody reviews their own template');
    END IF;
  END IF;
  IF target.status = 'approved' THEN
    PERFORM smsdesk._fail('SD409', 'the template is already approved');
  END IF;
  IF NOT p_approve AND reason IS NULL THEN
    PERFORM smsdesk._fail('SD422', 'a rejection needs a reason');
  END IF;
  IF length(reason) > 500 THEN
    PERFORM smsdesk._fail('SD422', 'a reason has at most 500 characters');
  END IF;
  UPDATE message_template
     SET status = CASE WHEN p_approve THEN 'approved' ELSE 'rejected' END, reviewer_id = caller.id,
         review_reason = reason, reviewed_at = now()
   WHERE id = p_id;
  PERFORM smsdesk._audit(CASE WHEN p_approve THEN 'template.approve' ELSE 'template.reject' END, target.name,
                         target.group_id, jsonb_build_object('template', p_id, 'reason', reason));
END $$;

-- May the caller send with this template now (TPL-3): approved, and theirs or public above them.
CREATE FUNCTION smsdesk.template_usable(p_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT coalesce((SELECT t.status = 'approved'
                          AND (smsdesk.is_system() OR t.owner_id = smsdesk.my_user_id()
                               OR (t.is_public AND t.group_id = ANY (smsdesk.my_ancestor_groups())))
                     FROM message_template t WHERE t.id = p_id), false)
$$;

-- ---------------------------------------------------------------------------------------------------
-- Sensitive words (SET-1): one installation-wide list.
CREATE FUNCTION smsdesk.word_import(p_words text[], p_source text DEFAULT '')
RETURNS TABLE (added bigint, existing bigint, rejected bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); usable bigint; one boolean := cardinality(p_words) = 1;
BEGIN
  PERFORM smsdesk._require_top_admin('the sensitive words');
  WITH cleaned AS (SELECT regexp_replace(coalesce(x, ''), '^\s+|\s+$', '', 'g') AS w FROM unnest(p_words) AS x),
       good AS (SELECT w FROM cleaned WHERE length(w) BETWEEN 1 AND 50 AND w !~ '[[:cntrl:]]'),
       ins AS (INSERT INTO sensitive_word (word, folded, created_by)
               SELECT w, smsdesk.word_fold(w), caller.id FROM good
               ON CONFLICT (folded) DO NOTHING RETURNING 1)
  SELECT (SELECT count(*) FROM ins), (SELECT count(*) FROM good) INTO added, usable;
  existing := usable - added;  -- already listed, or given twice
  rejected := coalesce(cardinality(p_words), 0) - usable;
  IF one AND rejected = 1 THEN
    PERFORM smsdesk._fail('SD422', 'a sensitive word has 1 to 50 characters and no line breaks');
  END IF;
  PERFORM smsdesk._audit(CASE WHEN one THEN 'word.add' ELSE 'word.import' END,
                         CASE WHEN one THEN left(p_words[1], 50) ELSE left(coalesce(p_source, ''), 200) END,
                         caller.group_id,
                         jsonb_build_object('received', cardinality(p_words), 'added', added, 'existing', existing,
                                            'rejected', rejected));
  RETURN NEXT;
END $$;

CREATE FUNCTION smsdesk.word_delete(p_ids bigint[]) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); gone text[]; n bigint;
BEGIN
  PERFORM smsdesk._require_top_admin('the sensitive words');
  WITH d AS (DELETE FROM sensitive_word WHERE id = ANY (p_ids) RETURNING word)
  SELECT array_agg(word), count(*) INTO gone, n FROM d;
  PERFORM smsdesk._audit('word.delete', left(array_to_string(gone[1:20], ', '), 500), caller.group_id,
                         jsonb_build_object('deleted', n));
  RETURN n;
END $$;

-- ---------------------------------------------------------------------------------------------------
-- Blacklists (SET-2, SEND-6, SEC-1). Numbers travel as the digits of their E.164 form in a bigint
-- (+8613800138000 is 8613800138000): a million of them cross the wire and the index at a fraction of the
-- cost of text.

-- blacklist_tail files every entry under its list and its last four digits, so a search by the end of a number
-- ("尾号") reads one row per list instead of the whole list. Kept by statement triggers over the rows a statement
-- inserted or deleted, whoever writes the entries (the functions here, the dispatcher's opt-outs): one grouped
-- upsert per statement costs an import of a million numbers a fraction of what an index on the digits would.
CREATE FUNCTION smsdesk.tg_blacklist_tail_insert() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  INSERT INTO blacklist_tail (list_id, tail, numbers)
  SELECT n.list_id, (n.number % 10000)::smallint, array_agg(n.number) FROM new_entries n GROUP BY 1, 2
  ON CONFLICT (list_id, tail) DO UPDATE SET numbers = blacklist_tail.numbers || excluded.numbers;
  RETURN NULL;
END $$;

CREATE FUNCTION smsdesk.tg_blacklist_tail_delete() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  UPDATE blacklist_tail t SET numbers = ARRAY(SELECT x FROM unnest(t.numbers) AS x WHERE x <> ALL (g.numbers))
    FROM (SELECT o.list_id, (o.number % 10000)::smallint AS tail, array_agg(o.number) AS numbers
            FROM old_entries o GROUP BY 1, 2) g
   WHERE t.list_id = g.list_id AND t.tail = g.tail;
  DELETE FROM blacklist_tail t
   WHERE (t.list_id, t.tail) IN (SELECT o.list_id, (o.number % 10000)::smallint FROM old_entries o)
     AND cardinality(t.numbers) = 0;
  RETURN NULL;
END $$;

CREATE TRIGGER blacklist_entry_tail_insert AFTER INSERT ON smsdesk.blacklist_entry
  REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_blacklist_tail_insert();
CREATE TRIGGER blacklist_entry_tail_delete AFTER DELETE ON smsdesk.blacklist_entry
  REFERENCING OLD TABLE AS old_entries FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_blacklist_tail_delete();
-- entries are never updated (a number moves by a delete and an insert): refuse it rather than let the index drift
CREATE FUNCTION smsdesk.tg_blacklist_entry_frozen() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  RAISE EXCEPTION 'blacklist entries are inserted and deleted, never updated';
END $$;
CREATE TRIGGER blacklist_entry_frozen BEFORE UPDATE OF list_id, number ON smsdesk.blacklist_entry
  FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_blacklist_entry_frozen();

-- The list's id after checking the caller may change it; creates the list the first time.
CREATE FUNCTION smsdesk._blacklist_list_for_change(p_scope text, p_group bigint, p_kind text, p_create boolean)
RETURNS smsdesk.blacklist_list
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE found blacklist_list;
BEGIN
  IF p_scope = 'global' AND p_group IS NULL AND p_kind IS NULL THEN
    PERFORM smsdesk._require_top_admin('the global blacklist');
  ELSIF p_scope = 'kind' AND p_group IS NULL AND p_kind IN ('verification', 'notification', 'marketing', 'alert') THEN
    PERFORM smsdesk._require_top_admin('the blacklists of message kinds');
  ELSIF p_scope = 'group' AND p_group IS NOT NULL AND p_kind IS NULL THEN
    PERFORM smsdesk._require_admin_over(p_group);
  ELSE
    PERFORM smsdesk._fail('SD422', 'a blacklist is global, of a user group, or of a message kind');
  END IF;
  SELECT * INTO found FROM blacklist_list
   WHERE scope = p_scope AND coalesce(group_id, 0) = coalesce(p_group, 0) AND coalesce(kind, '') = coalesce(p_kind, '')
   FOR UPDATE;  -- writers of one list take turns, so its count stays exact
  IF found.id IS NULL AND p_create THEN
    INSERT INTO blacklist_list (scope, group_id, kind) VALUES (p_scope, p_group, p_kind)
    ON CONFLICT DO NOTHING;
    SELECT * INTO found FROM blacklist_list
     WHERE scope = p_scope AND coalesce(group_id, 0) = coalesce(p_group, 0) AND coalesce(kind, '') = coalesce(p_kind, '')
     FOR UPDATE;
  END IF;
  RETURN found;
END $$;

CREATE FUNCTION smsdesk._blacklist_label(p_list smsdesk.blacklist_list) RETURNS text
LANGUAGE sql STABLE SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT CASE p_list.scope WHEN 'global' THEN 'global' WHEN 'kind' THEN 'kind:' || p_list.kind
              ELSE 'group:' || coalesce(smsdesk.group_path(p_list.group_id), p_list.group_id::text) END
$$;

-- Adds numbers to one list; numbers already on it keep their first reason, so importing a file twice adds
-- nothing. Numbers out of E.164 range are counted as rejected (this console's number rules never send any).
CREATE FUNCTION smsdesk.blacklist_import(p_scope text, p_group bigint, p_kind text, p_numbers bigint[],
                                         p_reason text DEFAULT '', p_source text DEFAULT '')
RETURNS TABLE (added bigint, existing bigint, rejected bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET work_mem = '64MB' AS $$
DECLARE caller app_user := smsdesk._library_caller(); target blacklist_list; batch bigint; usable bigint;
        received bigint := coalesce(cardinality(p_numbers), 0); one boolean := cardinality(p_numbers) = 1;
        clean_reason text := left(btrim(coalesce(p_reason, '')), 200);
BEGIN
  target := smsdesk._blacklist_list_for_change(p_scope, p_group, p_kind, true);
  SELECT count(*) INTO usable FROM (SELECT unnest(p_numbers) AS n) x WHERE x.n BETWEEN 1000000 AND 999999999999999;
  rejected := received - usable;
  IF one AND rejected = 1 THEN
    PERFORM smsdesk._fail('SD422', 'not a phone number in E.164');
  END IF;
  INSERT INTO blacklist_batch (list_id, reason, source, created_by)
  VALUES (target.id, clean_reason, left(coalesce(p_source, ''), 200), caller.id) RETURNING id INTO batch;
  -- Writers of one list take turns (its row is locked above), so an anti-join finds what is new; a plain insert
  -- of those costs half of ON CONFLICT's speculative one. In index order, the B-tree fills page by page.
  -- DISTINCT ON sorts (never hashes): the console sends its numbers sorted and unique, and a sorted input costs
  -- the sort one pass; unnest() in the select list streams the array instead of copying it into a tuplestore.
  INSERT INTO blacklist_entry (list_id, number, batch_id)
  SELECT target.id, fresh.n, batch
    FROM (SELECT DISTINCT ON (x.n) x.n FROM (SELECT unnest(p_numbers) AS n) x
           WHERE x.n BETWEEN 1000000 AND 999999999999999 ORDER BY x.n) fresh
   WHERE NOT EXISTS (SELECT 1 FROM blacklist_entry e WHERE e.list_id = target.id AND e.number = fresh.n)
   ORDER BY fresh.n;
  GET DIAGNOSTICS added = ROW_COUNT;
  existing := usable - added;  -- already listed, or given twice
  -- Until autovacuum comes round, a table that grew by half would be planned from stale statistics (a sort of
  -- a whole list instead of an index walk, seconds instead of milliseconds); refresh them now.
  IF added > 10000 AND added > 0.5 * (SELECT greatest(reltuples, 0) FROM pg_class
                                        WHERE oid = 'smsdesk.blacklist_entry'::regclass) THEN
    ANALYZE smsdesk.blacklist_entry;
  END IF;
  UPDATE blacklist_batch SET added = blacklist_import.added WHERE id = batch;
  UPDATE blacklist_list SET entries = entries + blacklist_import.added WHERE id = target.id;
  PERFORM smsdesk._audit(CASE WHEN one THEN 'blacklist.add' ELSE 'blacklist.import' END,
                         CASE WHEN one THEN '+' || p_numbers[1] ELSE smsdesk._blacklist_label(target) END,
                         p_group,
                         jsonb_build_object('list', smsdesk._blacklist_label(target), 'batch', batch,
                                            'received', received, 'added', added, 'existing', existing,
                                            'rejected', rejected, 'reason', clean_reason,
                                            'source', left(coalesce(p_source, ''), 200)));
  RETURN NEXT;
END $$;

-- Removes numbers: p_lists[i] and p_numbers[i] name one entry.
CREATE FUNCTION smsdesk.blacklist_delete(p_lists bigint[], p_numbers bigint[]) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE one_list blacklist_list; gone bigint[]; n bigint; total bigint := 0;
BEGIN
  IF cardinality(p_lists) IS DISTINCT FROM cardinality(p_numbers) THEN
    PERFORM smsdesk._fail('SD422', 'one list per number');
  END IF;
  FOR one_list IN SELECT * FROM blacklist_list WHERE id IN (SELECT DISTINCT unnest(p_lists)) ORDER BY id LOOP
    one_list := smsdesk._blacklist_list_for_change(one_list.scope, one_list.group_id, one_list.kind, false);
    WITH d AS (DELETE FROM blacklist_entry e
                USING unnest(p_lists, p_numbers) AS x(list_id, number)
                WHERE e.list_id = one_list.id AND x.list_id = one_list.id AND e.number = x.number
               RETURNING e.number)
    SELECT array_agg(d.number), count(*) INTO gone, n FROM d;
    UPDATE blacklist_list SET entries = entries - n WHERE id = one_list.id;
    total := total + n;
    PERFORM smsdesk._audit('blacklist.delete',
                           CASE WHEN n = 1 THEN '+' || gone[1] ELSE smsdesk._blacklist_label(one_list) END,
                           one_list.group_id,
                           jsonb_build_object('list', smsdesk._blacklist_label(one_list), 'deleted', n,
                                              'numbers', to_jsonb(gone[1:20])));
  END LOOP;
  RETURN total;
END $$;

-- Which of these numbers may not receive a message of this kind from this group, and why: for each list that
-- blocks some of them (global, the kind's, a group's along the group's path to the top), its scope and those of
-- the numbers on it, as one array (a million numbers cross the wire as one value, not a row each). One set-wise
-- hash join for the whole recipient list. Callers check their own group (the default) or one they oversee; the
-- dispatcher and IT check any.
CREATE FUNCTION smsdesk.blacklist_hits(p_numbers bigint[], p_kind text, p_group bigint DEFAULT NULL)
RETURNS TABLE (scope text, numbers bigint[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET work_mem = '128MB'
AS $$
#variable_conflict use_column
DECLARE caller app_user := smsdesk.me(); target bigint := p_group; path bigint[]; lists bigint[];
BEGIN
  IF NOT (smsdesk.is_system() OR pg_has_role(session_user, '__P__dispatcher', 'MEMBER')) THEN
    IF caller.id IS NULL THEN
      PERFORM smsdesk._fail('SD401', 'this account is disabled');
    END IF;
    target := coalesce(p_group, caller.group_id);
    IF target <> caller.group_id
       AND NOT ((caller.kind = 'admin' OR caller.is_reviewer) AND smsdesk.group_in_subtree(target, caller.group_id)) THEN
      PERFORM smsdesk._fail('SD403', 'that group is outside your part of the organisation');
    END IF;
  END IF;
  SELECT g.id_path INTO path FROM user_group g WHERE g.id = target;
  SELECT array_agg(l.id) INTO lists FROM blacklist_list l
   WHERE l.entries > 0
     AND (l.scope = 'global' OR (l.scope = 'kind' AND l.kind = p_kind)
          OR (l.scope = 'group' AND l.group_id = ANY (coalesce(path, '{}'))));
  IF lists IS NULL OR coalesce(cardinality(p_numbers), 0) = 0 THEN
    RETURN;
  END IF;
  -- unnest() in a select list streams the array (in FROM it is first copied into a tuplestore); the hash join
  -- builds on one side and probes with the other: a million against a million in about 0.8 s of CPU
  RETURN QUERY
  SELECT l.scope, h.numbers
    FROM (SELECT e.list_id, array_agg(e.number) AS numbers
            FROM (SELECT unnest(p_numbers) AS n) r
            JOIN blacklist_entry e ON e.number = r.n
           WHERE e.list_id = ANY (lists)
           GROUP BY e.list_id) h
    JOIN blacklist_list l ON l.id = h.list_id;
END $$;

-- The same for E.164 text ('+8613800138000'), one row per number with the first list that blocks it (global,
-- then the kind's, then a group's); text that is not E.164 is never blacklisted.
CREATE FUNCTION smsdesk.blacklist_hits(p_numbers text[], p_kind text, p_group bigint DEFAULT NULL)
RETURNS TABLE (number text, scope text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT DISTINCT ON (n) '+' || n, h.scope
    FROM smsdesk.blacklist_hits(
           ARRAY(SELECT substr(t, 2)::bigint FROM unnest(p_numbers) AS t WHERE t ~ '^\+[1-9][0-9]{6,14}$'),
           p_kind, p_group) AS h,
         unnest(h.numbers) AS n
   ORDER BY n, CASE h.scope WHEN 'global' THEN 0 WHEN 'kind' THEN 1 ELSE 2 END
$$;

-- ---------------------------------------------------------------------------------------------------
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA smsdesk FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
  smsdesk.word_fold(text), smsdesk.template_problem(text), smsdesk.template_variables(text),
  smsdesk.phrase_group_create(text, boolean), smsdesk.phrase_group_rename(bigint, text),
  smsdesk.phrase_group_delete(bigint), smsdesk.phrase_add(bigint, text), smsdesk.phrase_update(bigint, text),
  smsdesk.phrase_delete(bigint),
  smsdesk.template_create(text, text, text, boolean, bigint),
  smsdesk.template_update(bigint, text, text, text, boolean), smsdesk.template_delete(bigint),
  smsdesk.template_usable(bigint), smsdesk.blacklist_hits(bigint[], text, bigint),
  smsdesk.blacklist_hits(text[], text, bigint)
  TO "__P__operator", "__P__dispatcher";
GRANT EXECUTE ON FUNCTION smsdesk.template_review(bigint, boolean, text) TO "__P__reviewer";
GRANT EXECUTE ON FUNCTION
  smsdesk.signature_create(bigint, text, boolean), smsdesk.signature_update(bigint, text),
  smsdesk.signature_set_default(bigint),
  smsdesk.signature_delete(bigint),
  smsdesk.word_import(text[], text), smsdesk.word_delete(bigint[]),
  smsdesk.blacklist_import(text, bigint, text, bigint[], text, text), smsdesk.blacklist_delete(bigint[], bigint[])
  TO "__P__admin";
