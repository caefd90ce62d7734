-- Address book, version 1 (BOOK-1..BOOK-3, SEC-2, SEC-3, SEND-6).
-- Who may do what:
--   every user has a personal tree of contact groups, its contacts and its custom fields;
--   administrators read and change the address books of every user in their group's subtree ("all
--   contacts"); reviewers and operators only their own.
--   Full phone numbers are readable only through contact_numbers(), for users with see_full_numbers:
--   clients may SELECT the masked columns (138****5678), never the raw ones (SEC-3).
-- Searches and bulk imports go through functions too: the search because LIKE and array operators are not
-- leakproof (under row-level security they could not use an index), the import because it moves a whole
-- staging table set-wise in one statement. __P__ is the installation's role prefix.

-- ---------------------------------------------------------------------------------------------------
-- Pure helpers.

-- What a person dials: the national number for the mainland, E.164 elsewhere, the raw text when invalid.
-- The pure helpers below are SQL-standard bodies with no SET clause, so the planner inlines them into the
-- generated columns and indexes that use them (a function with SET is called row by row, 20 times slower);
-- their bodies are bound when created, so a caller's search_path cannot change what they call.
CREATE FUNCTION smsdesk.contact_display_number(p_e164 text, p_raw text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN p_e164 LIKE '+86%' THEN substr(p_e164, 4)
            WHEN p_e164 IS NOT NULL THEN p_e164
            ELSE coalesce(p_raw, '') END;

-- The SQL twin of smsdesk.domain.masking.mask_number: 13812345678 -> 138****5678 (the four digits before
-- the last four are hidden; fewer than seven digits hide everything).
CREATE FUNCTION smsdesk.mask_number(p text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN coalesce(p, '') = '' THEN ''
    -- '^\+?[0-9]{8,}$' without the bounded repeat, which makes PostgreSQL's regex engine 4 times slower (this
    -- runs for every imported row, in a generated column)
    WHEN p ~ '^\+?[0-9]+$' AND length(ltrim(p, '+')) >= 8 THEN left(p, length(p) - 8) || '****' || right(p, 4)
    WHEN length(regexp_replace(p, '[^0-9]', '', 'g')) < 7 THEN repeat('*', length(p))
    WHEN length(regexp_replace(p, '[^0-9]', '', 'g')) = 7 THEN
      regexp_replace(p, '[0-9]([^0-9]*)[0-9]([^0-9]*)[0-9]((?:[^0-9]*[0-9]){4}[^0-9]*)$', '*\1*\2*\3')
    ELSE
      regexp_replace(p, '[0-9]([^0-9]*)[0-9]([^0-9]*)[0-9]([^0-9]*)[0-9]((?:[^0-9]*[0-9]){4}[^0-9]*)$', '*\1*\2*\3*\4')
  END;

-- What the search index holds for a contact, as a tsvector (only built-in GIN operators are available
-- everywhere; pg_trgm is not in the embedded server): every character of the name, so any fragment of a
-- Chinese name is found; the mobile number ("m:138…") and its reverse ("r:…8765"), so prefix queries find
-- its start and its end; the email ("e:…"), for its start. One GIN index instead of four B-trees keeps a
-- 100,000-row import cheap.
CREATE FUNCTION smsdesk.contact_search_terms(p_name text, p_e164 text, p_email text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN array_to_tsvector(array_remove(
  string_to_array(replace(lower(p_name), ' ', ''), NULL)
  || ARRAY[
       'm:' || CASE WHEN p_e164 LIKE '+86%' THEN substr(p_e164, 4) ELSE substr(p_e164, 2) END,
       'r:' || reverse(CASE WHEN p_e164 LIKE '+86%' THEN substr(p_e164, 4) ELSE substr(p_e164, 2) END),
       'e:' || nullif(lower(p_email), '')],
  NULL));

-- A tsquery lexeme for any text (quotes doubled, backslashes escaped), with a prefix match when asked.
CREATE FUNCTION smsdesk.ts_lexeme(p text, p_prefix boolean DEFAULT false) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN '''' || replace(replace(p, '\', '\\'), '''', '''''') || '''' || CASE WHEN p_prefix THEN ':*' ELSE '' END;

-- ---------------------------------------------------------------------------------------------------
-- Generated columns (masked numbers for everyone, whether the number is valid) and the search indexes.
ALTER TABLE smsdesk.contact
  ADD COLUMN mobile_masked text GENERATED ALWAYS AS
    (smsdesk.mask_number(smsdesk.contact_display_number(mobile_e164, mobile_raw))) STORED,
  ADD COLUMN phone_masked text GENERATED ALWAYS AS (smsdesk.mask_number(phone)) STORED,
  -- whether the mobile is valid says nothing about its digits
  ADD COLUMN mobile_state text GENERATED ALWAYS AS
    (CASE WHEN mobile_e164 IS NOT NULL THEN 'valid' WHEN mobile_raw <> '' THEN 'invalid' ELSE 'none' END) STORED;

-- A large pending list: a 100,000-row import appends its keys there (about 25 MB) instead of merging them into
-- the index row by row (fastupdate off: 2.5 times slower), and autovacuum merges them in the background soon after
-- (the insert thresholds below), so the next import finds the list nearly empty and does not pay for the merge
-- itself: a merge of two imports' keys takes 2 to 3 seconds, on whichever insert crosses the limit. Searches scan
-- the list too: with three imports' keys waiting (~60 MB) a search over a million contacts takes 60-140 ms instead
-- of 0-25 ms, until autovacuum (within a minute) has merged them.
CREATE INDEX ix_contact_search ON smsdesk.contact
  USING gin (smsdesk.contact_search_terms(name, mobile_e164, email)) WITH (gin_pending_list_limit = 65536);
ALTER TABLE smsdesk.contact SET (autovacuum_vacuum_insert_threshold = 20000,
                                 autovacuum_vacuum_insert_scale_factor = 0);

-- ---------------------------------------------------------------------------------------------------
-- Group tree: id_path kept by triggers, as for user groups; a group stays inside its owner's tree.
CREATE FUNCTION smsdesk.tg_contact_group_path() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE parent contact_group;
BEGIN
  IF NEW.parent_id IS NULL THEN
    NEW.id_path := ARRAY[NEW.id];
  ELSE
    SELECT * INTO parent FROM contact_group WHERE id = NEW.parent_id;
    IF parent.owner_id IS DISTINCT FROM NEW.owner_id THEN
      RAISE EXCEPTION 'a group moves only inside its own address book' USING ERRCODE = 'SD422';
    END IF;
    IF NEW.id = ANY(parent.id_path) THEN
      RAISE EXCEPTION 'a group cannot be moved into its own subtree' USING ERRCODE = 'SD422';
    END IF;
    NEW.id_path := parent.id_path || NEW.id;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER contact_group_path BEFORE INSERT OR UPDATE OF parent_id ON smsdesk.contact_group
  FOR EACH ROW EXECUTE FUNCTION smsdesk.tg_contact_group_path();

CREATE FUNCTION smsdesk.tg_contact_group_moved() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  UPDATE contact_group
     SET id_path = NEW.id_path || id_path[array_position(id_path, NEW.id) + 1:]
   WHERE NEW.id = ANY(id_path) AND id <> NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER contact_group_moved AFTER UPDATE OF parent_id ON smsdesk.contact_group
  FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id)
  EXECUTE FUNCTION smsdesk.tg_contact_group_moved();

-- Contacts per group, kept set-wise by statement triggers: a 100,000-row import updates each group once.
CREATE FUNCTION smsdesk.tg_contact_count_insert() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  UPDATE contact_group g SET contact_count = g.contact_count + n.c
    FROM (SELECT group_id, count(*) AS c FROM new_rows GROUP BY group_id) n
   WHERE g.id = n.group_id;
  RETURN NULL;
END $$;

CREATE FUNCTION smsdesk.tg_contact_count_delete() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  UPDATE contact_group g SET contact_count = g.contact_count - o.c
    FROM (SELECT group_id, count(*) AS c FROM old_rows GROUP BY group_id) o
   WHERE g.id = o.group_id;
  RETURN NULL;
END $$;

CREATE FUNCTION smsdesk.tg_contact_count_update() RETURNS trigger
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  UPDATE contact_group g SET contact_count = g.contact_count + d.c
    FROM (SELECT group_id, sum(c) AS c
            FROM (SELECT group_id, -count(*) AS c FROM old_rows GROUP BY group_id
                  UNION ALL
                  SELECT group_id, count(*) FROM new_rows GROUP BY group_id) x
           GROUP BY group_id) d
   WHERE g.id = d.group_id AND d.c <> 0;
  RETURN NULL;
END $$;

CREATE TRIGGER contact_count_insert AFTER INSERT ON smsdesk.contact
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_contact_count_insert();
CREATE TRIGGER contact_count_delete AFTER DELETE ON smsdesk.contact
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_contact_count_delete();
CREATE TRIGGER contact_count_update AFTER UPDATE ON smsdesk.contact
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION smsdesk.tg_contact_count_update();

-- ---------------------------------------------------------------------------------------------------
-- Whose address books the caller reads and changes: their own; administrators also those of every user in
-- their group's subtree (BOOK-3). NULL for a superuser (who bypasses row-level security anyway).
CREATE FUNCTION smsdesk.my_contact_owners() RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT CASE
           WHEN u.kind = 'admin' THEN
             (SELECT coalesce(array_agg(a.id), '{}') FROM app_user a
                JOIN user_group g ON g.id = a.group_id
               WHERE u.group_id = ANY(g.id_path))
           ELSE ARRAY[u.id]
         END
    FROM app_user u WHERE u.role_name = session_user AND u.status = 'normal'
$$;

ALTER TABLE smsdesk.contact_group ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.contact_field ENABLE ROW LEVEL SECURITY;
ALTER TABLE smsdesk.contact ENABLE ROW LEVEL SECURITY;

-- "IN (SELECT unnest(...))" is a hashed lookup per row: an administrator over a thousand users reading a
-- 200,000-row group pays one hash probe per row, not a scan of the array.
CREATE POLICY contact_group_read ON smsdesk.contact_group FOR SELECT
  USING (owner_id IN (SELECT unnest((SELECT smsdesk.my_contact_owners()))));
CREATE POLICY contact_field_read ON smsdesk.contact_field FOR SELECT
  USING (owner_id IN (SELECT unnest((SELECT smsdesk.my_contact_owners()))));
CREATE POLICY contact_read ON smsdesk.contact FOR SELECT
  USING (owner_id IN (SELECT unnest((SELECT smsdesk.my_contact_owners()))));

GRANT SELECT ON smsdesk.contact_group, smsdesk.contact_field TO "__P__operator";
-- SEC-3: the raw numbers (and the number search index they feed) stay behind contact_numbers().
GRANT SELECT (id, owner_id, group_id, name, mobile_masked, mobile_state, phone_masked, email, notes, custom,
              created_at, updated_at, version) ON smsdesk.contact TO "__P__operator";

-- ---------------------------------------------------------------------------------------------------
-- Helpers used by the functions below (not granted to anyone).

-- Raises unless the caller may change p_owner's address book; returns the owner's user group (for audit).
CREATE FUNCTION smsdesk._require_book(p_owner bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user; owner_group bigint;
BEGIN
  SELECT group_id INTO owner_group FROM app_user WHERE id = p_owner;
  IF owner_group IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such user');
  END IF;
  IF smsdesk.is_system() THEN
    RETURN owner_group;
  END IF;
  caller := smsdesk.me();
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF caller.id <> p_owner
     AND (caller.kind <> 'admin' OR NOT smsdesk.group_in_subtree(owner_group, caller.group_id)) THEN
    PERFORM smsdesk._fail('SD403', 'that address book is not yours');
  END IF;
  RETURN owner_group;
END $$;

-- Every owner whose address book the caller may change (all users for a superuser).
CREATE FUNCTION smsdesk._book_owners() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF smsdesk.is_system() THEN
    RETURN (SELECT coalesce(array_agg(id), '{}') FROM app_user);
  END IF;
  RETURN coalesce(smsdesk.my_contact_owners(), '{}');
END $$;

CREATE FUNCTION smsdesk._group_for_change(p_group bigint) RETURNS smsdesk.contact_group
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g contact_group;
BEGIN
  SELECT * INTO g FROM contact_group WHERE id = p_group FOR UPDATE;
  IF g.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such contact group');
  END IF;
  PERFORM smsdesk._require_book(g.owner_id);
  RETURN g;
END $$;

CREATE FUNCTION smsdesk._check_group_name(p_name text) RETURNS text
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE clean text := trim(p_name);
BEGIN
  IF clean IS NULL OR length(clean) NOT BETWEEN 1 AND 100 OR position('/' IN clean) > 0 THEN
    PERFORM smsdesk._fail('SD422', 'a group name has 1 to 100 characters and no "/"');
  END IF;
  RETURN clean;
END $$;

CREATE FUNCTION smsdesk.contact_group_path(p_group bigint) RETURNS text
LANGUAGE sql STABLE SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT string_agg(a.name, '/' ORDER BY p.ord)
    FROM contact_group g, unnest(g.id_path) WITH ORDINALITY AS p(gid, ord)
    JOIN contact_group a ON a.id = p.gid
   WHERE g.id = p_group
$$;

-- Checks one contact's fields; the client normalised the number (smsdesk.domain.numbers), the database
-- holds it to E.164's shape.
CREATE FUNCTION smsdesk._check_contact(p_name text, p_e164 text, p_raw text, p_phone text, p_email text,
                                       p_notes text, p_custom jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF coalesce(trim(p_name), '') = '' AND coalesce(trim(p_raw), '') = '' THEN
    PERFORM smsdesk._fail('SD422', 'a contact needs a name or a mobile number');
  END IF;
  IF length(p_name) > 200 OR length(p_raw) > 64 OR length(p_phone) > 64 OR length(p_email) > 254
     OR length(p_notes) > 2000 THEN
    PERFORM smsdesk._fail('SD422', 'a field is too long (name 200, numbers 64, email 254, notes 2000 characters)');
  END IF;
  IF p_e164 IS NOT NULL AND p_e164 !~ '^\+[1-9][0-9]{6,14}$' THEN
    PERFORM smsdesk._fail('SD422', 'a normalised mobile number is "+" and 7 to 15 digits');
  END IF;
  IF coalesce(p_email, '') <> '' AND p_email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' THEN
    PERFORM smsdesk._fail('SD422', 'that is not an email address');
  END IF;
  IF p_custom IS NOT NULL AND jsonb_typeof(p_custom) <> 'object' THEN
    PERFORM smsdesk._fail('SD422', 'custom fields are an object');
  END IF;
END $$;

-- ---------------------------------------------------------------------------------------------------
-- Groups.
CREATE FUNCTION smsdesk.contact_group_create(p_owner bigint, p_parent bigint, p_name text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE parent contact_group; v_owner bigint := p_owner; clean text := smsdesk._check_group_name(p_name);
        new_id bigint;
BEGIN
  IF p_parent IS NOT NULL THEN
    parent := smsdesk._group_for_change(p_parent);
    v_owner := parent.owner_id;
  ELSE
    PERFORM smsdesk._require_book(v_owner);
  END IF;
  IF EXISTS (SELECT 1 FROM contact_group g WHERE g.owner_id = v_owner
                AND g.parent_id IS NOT DISTINCT FROM p_parent AND g.name = clean) THEN
    PERFORM smsdesk._fail('SD409', format('group "%s" already exists there', clean));
  END IF;
  INSERT INTO contact_group (owner_id, parent_id, name) VALUES (v_owner, p_parent, clean) RETURNING id INTO new_id;
  RETURN new_id;
END $$;

CREATE FUNCTION smsdesk.contact_group_rename(p_group bigint, p_name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g contact_group := smsdesk._group_for_change(p_group); clean text := smsdesk._check_group_name(p_name);
BEGIN
  IF EXISTS (SELECT 1 FROM contact_group x WHERE x.owner_id = g.owner_id AND x.id <> g.id
                AND x.parent_id IS NOT DISTINCT FROM g.parent_id AND x.name = clean) THEN
    PERFORM smsdesk._fail('SD409', format('group "%s" already exists there', clean));
  END IF;
  UPDATE contact_group SET name = clean, updated_at = now() WHERE id = g.id;
END $$;

-- p_parent NULL makes the group a top-level group of its owner's tree.
CREATE FUNCTION smsdesk.contact_group_move(p_group bigint, p_parent bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g contact_group := smsdesk._group_for_change(p_group); parent contact_group;
BEGIN
  IF p_parent IS NOT NULL THEN
    parent := smsdesk._group_for_change(p_parent);
    IF parent.owner_id <> g.owner_id THEN
      PERFORM smsdesk._fail('SD422', 'a group moves only inside its own address book');
    END IF;
    IF g.id = ANY(parent.id_path) THEN
      PERFORM smsdesk._fail('SD422', 'a group cannot be moved into its own subtree');
    END IF;
  END IF;
  IF g.parent_id IS NOT DISTINCT FROM p_parent THEN
    RETURN;
  END IF;
  IF EXISTS (SELECT 1 FROM contact_group x WHERE x.owner_id = g.owner_id AND x.id <> g.id
                AND x.parent_id IS NOT DISTINCT FROM p_parent AND x.name = g.name) THEN
    PERFORM smsdesk._fail('SD409', format('group "%s" already exists there', g.name));
  END IF;
  UPDATE contact_group SET parent_id = p_parent, updated_at = now() WHERE id = g.id;
END $$;

-- Deletes a group with its sub-groups and their contacts; returns what went.
CREATE FUNCTION smsdesk.contact_group_delete(p_group bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g contact_group := smsdesk._group_for_change(p_group); owner_group bigint; n_groups bigint; n_contacts bigint;
        path text := smsdesk.contact_group_path(p_group);
BEGIN
  owner_group := smsdesk._require_book(g.owner_id);
  SELECT count(*), coalesce(sum(contact_count), 0) INTO n_groups, n_contacts
    FROM contact_group WHERE g.id = ANY(id_path);
  DELETE FROM contact WHERE group_id IN (SELECT id FROM contact_group WHERE g.id = ANY(id_path));
  DELETE FROM contact_group WHERE g.id = ANY(id_path);
  PERFORM smsdesk._audit('contacts.group_delete', path, owner_group,
    jsonb_build_object('owner', (SELECT login FROM app_user WHERE id = g.owner_id),
                       'groups', n_groups, 'contacts', n_contacts));
  RETURN jsonb_build_object('groups', n_groups, 'contacts', n_contacts);
END $$;

-- Finds or creates every group along 'Region/Branch/Campaign' in p_owner's tree (mkdir -p).
CREATE FUNCTION smsdesk.contact_group_ensure_path(p_owner bigint, p_path text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE part text; current_id bigint := NULL; found_id bigint;
BEGIN
  PERFORM smsdesk._require_book(p_owner);
  IF coalesce(trim(both '/' from trim(p_path)), '') = '' THEN
    PERFORM smsdesk._fail('SD422', 'a group path names at least one group');
  END IF;
  FOREACH part IN ARRAY string_to_array(trim(both '/' from trim(p_path)), '/') LOOP
    part := smsdesk._check_group_name(part);
    SELECT id INTO found_id FROM contact_group
     WHERE owner_id = p_owner AND parent_id IS NOT DISTINCT FROM current_id AND name = part;
    IF found_id IS NULL THEN
      INSERT INTO contact_group (owner_id, parent_id, name) VALUES (p_owner, current_id, part) RETURNING id INTO found_id;
    END IF;
    current_id := found_id;
  END LOOP;
  RETURN current_id;
END $$;

-- ---------------------------------------------------------------------------------------------------
-- Custom fields, per tree (owner). Contacts keep their values in custom, keyed by the field's id.
CREATE FUNCTION smsdesk.contact_field_save(p_owner bigint, p_field bigint, p_label text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE clean text := trim(p_label); v_owner bigint := p_owner; v_field bigint := p_field;
BEGIN
  IF p_field IS NOT NULL THEN
    SELECT f.owner_id INTO v_owner FROM contact_field f WHERE f.id = p_field;
    IF v_owner IS NULL THEN
      PERFORM smsdesk._fail('SD404', 'no such field');
    END IF;
  END IF;
  PERFORM smsdesk._require_book(v_owner);
  IF clean IS NULL OR length(clean) NOT BETWEEN 1 AND 60 THEN
    PERFORM smsdesk._fail('SD422', 'a field name has 1 to 60 characters');
  END IF;
  IF EXISTS (SELECT 1 FROM contact_field f WHERE f.owner_id = v_owner AND f.label = clean
                AND f.id IS DISTINCT FROM p_field) THEN
    PERFORM smsdesk._fail('SD409', format('field "%s" already exists', clean));
  END IF;
  IF p_field IS NULL THEN
    INSERT INTO contact_field (owner_id, label, position)
    VALUES (v_owner, clean, (SELECT coalesce(max(f.position), 0) + 1 FROM contact_field f WHERE f.owner_id = v_owner))
    RETURNING id INTO v_field;
  ELSE
    UPDATE contact_field SET label = clean WHERE id = p_field;
  END IF;
  RETURN v_field;
END $$;

CREATE FUNCTION smsdesk.contact_field_delete(p_field bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE f contact_field;
BEGIN
  SELECT * INTO f FROM contact_field WHERE id = p_field;
  IF f.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such field');
  END IF;
  PERFORM smsdesk._require_book(f.owner_id);
  UPDATE contact SET custom = custom - f.id::text
   WHERE owner_id = f.owner_id AND custom ? f.id::text;
  DELETE FROM contact_field WHERE id = f.id;
END $$;

-- ---------------------------------------------------------------------------------------------------
-- Contacts.
CREATE FUNCTION smsdesk.contact_create(p_group bigint, p_name text, p_e164 text, p_raw text, p_phone text,
                                       p_email text, p_notes text, p_custom jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g contact_group := smsdesk._group_for_change(p_group); new_id bigint;
BEGIN
  PERFORM smsdesk._check_contact(p_name, p_e164, p_raw, p_phone, p_email, p_notes, p_custom);
  IF p_e164 IS NOT NULL AND EXISTS (SELECT 1 FROM contact WHERE mobile_e164 = p_e164 AND group_id = g.id) THEN
    PERFORM smsdesk._fail('SD409', 'that mobile number is already in this group');
  END IF;
  INSERT INTO contact (owner_id, group_id, name, mobile_e164, mobile_raw, phone, email, notes, custom)
  VALUES (g.owner_id, g.id, trim(coalesce(p_name, '')), p_e164, trim(coalesce(p_raw, '')),
          trim(coalesce(p_phone, '')), trim(coalesce(p_email, '')), coalesce(p_notes, ''), coalesce(p_custom, '{}'))
  RETURNING id INTO new_id;
  RETURN new_id;
END $$;

-- Optimistic concurrency: p_version is the version the editor started from. NULL p_raw / p_phone keep the
-- stored numbers (a user who sees them masked can edit everything else). Returns the new version.
CREATE FUNCTION smsdesk.contact_update(p_contact bigint, p_version integer, p_name text, p_e164 text, p_raw text,
                                       p_phone text, p_email text, p_notes text, p_custom jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE c contact; new_version integer;
BEGIN
  SELECT * INTO c FROM contact WHERE id = p_contact FOR UPDATE;
  IF c.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'that contact no longer exists; somebody may have deleted it');
  END IF;
  PERFORM smsdesk._require_book(c.owner_id);
  IF c.version <> p_version THEN
    PERFORM smsdesk._fail('SD409', 'somebody else changed this contact after you opened it');
  END IF;
  IF p_raw IS NULL THEN
    p_e164 := c.mobile_e164;
    p_raw := c.mobile_raw;
  END IF;
  PERFORM smsdesk._check_contact(p_name, p_e164, p_raw, coalesce(p_phone, c.phone), p_email, p_notes, p_custom);
  IF p_e164 IS NOT NULL AND EXISTS (SELECT 1 FROM contact WHERE mobile_e164 = p_e164 AND group_id = c.group_id
                                       AND id <> c.id) THEN
    PERFORM smsdesk._fail('SD409', 'that mobile number is already in this group');
  END IF;
  UPDATE contact SET name = trim(coalesce(p_name, '')), mobile_e164 = p_e164, mobile_raw = trim(p_raw),
         phone = trim(coalesce(p_phone, c.phone)), email = trim(coalesce(p_email, '')), notes = coalesce(p_notes, ''),
         custom = coalesce(p_custom, '{}'), updated_at = now(), version = c.version + 1
   WHERE id = c.id RETURNING version INTO new_version;
  RETURN new_version;
END $$;

CREATE FUNCTION smsdesk.contact_delete(p_contacts bigint[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE owners bigint[] := smsdesk._book_owners(); deleted integer;
BEGIN
  IF EXISTS (SELECT 1 FROM contact WHERE id = ANY(p_contacts) AND NOT owner_id = ANY(owners)) THEN
    PERFORM smsdesk._fail('SD403', 'some of those contacts are not yours');
  END IF;
  DELETE FROM contact WHERE id = ANY(p_contacts);
  GET DIAGNOSTICS deleted = ROW_COUNT;
  RETURN deleted;
END $$;

-- Moves (or copies) contacts into a group, perhaps of another owner the caller manages. A number already in
-- the target group is left where it was (or not copied): returns how many moved and how many were skipped.
CREATE FUNCTION smsdesk.contact_move(p_contacts bigint[], p_group bigint, p_copy boolean DEFAULT false)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g contact_group := smsdesk._group_for_change(p_group); owners bigint[] := smsdesk._book_owners();
        wanted integer; done integer;
BEGIN
  IF EXISTS (SELECT 1 FROM contact WHERE id = ANY(p_contacts) AND NOT owner_id = ANY(owners)) THEN
    PERFORM smsdesk._fail('SD403', 'some of those contacts are not yours');
  END IF;
  SELECT count(*) INTO wanted FROM contact WHERE id = ANY(p_contacts) AND (p_copy OR group_id <> g.id);
  IF p_copy THEN
    INSERT INTO contact (owner_id, group_id, name, mobile_e164, mobile_raw, phone, email, notes, custom)
    SELECT g.owner_id, g.id, name, mobile_e164, mobile_raw, phone, email, notes, custom
      FROM contact WHERE id = ANY(p_contacts) ORDER BY id
    ON CONFLICT (group_id, mobile_e164) WHERE mobile_e164 IS NOT NULL DO NOTHING;
  ELSE
    UPDATE contact SET group_id = g.id, owner_id = g.owner_id, updated_at = now(), version = version + 1
     WHERE id IN (
       SELECT id FROM (
         SELECT c.id, c.mobile_e164, row_number() OVER (PARTITION BY c.mobile_e164 ORDER BY c.id) AS rn
           FROM contact c WHERE c.id = ANY(p_contacts) AND c.group_id <> g.id) m
        WHERE m.mobile_e164 IS NULL
           OR (m.rn = 1 AND NOT EXISTS (SELECT 1 FROM contact t WHERE t.mobile_e164 = m.mobile_e164
                                                              AND t.group_id = g.id)));
  END IF;
  GET DIAGNOSTICS done = ROW_COUNT;
  RETURN jsonb_build_object('moved', done, 'skipped', wanted - done);
END $$;

-- Full numbers for users with the right to see them (SEC-3); masked ones are in the table.
CREATE FUNCTION smsdesk.contact_numbers(p_contacts bigint[])
RETURNS TABLE (id bigint, mobile text, mobile_e164 text, phone text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user;
BEGIN
  IF NOT smsdesk.is_system() THEN
    caller := smsdesk.me();
    IF caller.id IS NULL OR NOT caller.see_full_numbers THEN
      PERFORM smsdesk._fail('SD403', 'you may not see full phone numbers');
    END IF;
  END IF;
  RETURN QUERY
    SELECT c.id, smsdesk.contact_display_number(c.mobile_e164, c.mobile_raw), c.mobile_e164, c.phone
      FROM contact c
     WHERE c.id = ANY(p_contacts) AND c.owner_id IN (SELECT unnest(smsdesk._book_owners()));
END $$;

-- Search across every address book the caller reads, by a fragment of a name, the start or the end of a
-- mobile number, or the start of an email address; ids ordered by name. At most p_limit matches are read
-- (in index order) and then sorted: a one-character search over a million contacts stays fast, and the
-- console asks for a narrower search when the limit is reached.
CREATE FUNCTION smsdesk.contact_search(p_text text, p_limit integer DEFAULT 5000) RETURNS SETOF bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE q text := lower(trim(coalesce(p_text, ''))); digits text; compact text; owners bigint[] := smsdesk._book_owners();
        query tsquery;
BEGIN
  IF q = '' THEN
    RETURN;
  END IF;
  p_limit := least(greatest(coalesce(p_limit, 5000), 1), 100000);
  digits := regexp_replace(q, '[\s()+-]', '', 'g');
  IF digits ~ '^[0-9]{4,15}$' THEN
    -- 0086… and 86138… (a mainland number with its country code) search as the national number
    IF digits LIKE '0086%' THEN
      digits := substr(digits, 5);
    ELSIF digits LIKE '861%' AND length(digits) > 11 THEN
      digits := substr(digits, 3);
    END IF;
    query := (smsdesk.ts_lexeme('m:' || digits, true) || ' | ' || smsdesk.ts_lexeme('r:' || reverse(digits), true))::tsquery;
    RETURN QUERY
      SELECT m.id FROM (
        SELECT c.id, c.name FROM contact c
         WHERE smsdesk.contact_search_terms(c.name, c.mobile_e164, c.email) @@ query
           AND c.owner_id IN (SELECT unnest(owners))
         LIMIT p_limit) m
      ORDER BY m.name, m.id;
    RETURN;
  END IF;
  compact := replace(regexp_replace(q, '\s+', '', 'g'), '''', '''');
  -- every character of the fragment, or the start of an email; rechecked against the row
  query := ('(' || (SELECT string_agg(smsdesk.ts_lexeme(ch), ' & ') FROM unnest(string_to_array(compact, NULL)) ch)
            || ') | ' || smsdesk.ts_lexeme('e:' || q, true))::tsquery;
  RETURN QUERY
    SELECT m.id FROM (
      SELECT c.id, c.name FROM contact c
       WHERE smsdesk.contact_search_terms(c.name, c.mobile_e164, c.email) @@ query
         AND c.owner_id IN (SELECT unnest(owners))
         AND (strpos(replace(lower(c.name), ' ', ''), compact) > 0 OR starts_with(lower(c.email), q))
       LIMIT p_limit) m
    ORDER BY m.name, m.id;
END $$;

-- ---------------------------------------------------------------------------------------------------
-- Bulk import: contact_import_begin() creates a staging table owned by the definer and lets the caller
-- COPY into it (and nothing else: no rules, triggers or views of theirs can ride along); contact_import_finish()
-- checks the caller's right to the group and moves the rows in set-wise. All in the caller's transaction.
CREATE FUNCTION smsdesk.contact_import_begin() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF NOT smsdesk.is_system() AND smsdesk.my_user_id() IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  DROP TABLE IF EXISTS pg_temp.contact_import_stage;
  CREATE TEMPORARY TABLE contact_import_stage (
    row_no integer NOT NULL,
    name text NOT NULL DEFAULT '',
    mobile_e164 text COLLATE "C",
    mobile_raw text NOT NULL DEFAULT '',
    phone text NOT NULL DEFAULT '',
    email text NOT NULL DEFAULT '',
    notes text NOT NULL DEFAULT '',
    custom jsonb NOT NULL DEFAULT '{}'
  ) ON COMMIT DROP;
  EXECUTE format('GRANT INSERT ON pg_temp.contact_import_stage TO %I', session_user);
END $$;

-- p_update: a number already in the group has its mapped fields (p_fields) overwritten; otherwise the row
-- is skipped. Returns {inserted, updated, skipped_rows}. The client removed duplicates within the file and
-- checked every field; the table's constraints check them again. The group's row stays locked to the end
-- of the transaction, so two imports into one group take turns.
CREATE FUNCTION smsdesk.contact_import_finish(p_group bigint, p_update boolean, p_fields text[], p_source text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET work_mem = '64MB'
AS $$
DECLARE g contact_group := smsdesk._group_for_change(p_group); owner_group bigint;
        inserted integer := 0; updated integer := 0; skipped integer[] := '{}'; staged integer; dup integer;
BEGIN
  owner_group := smsdesk._require_book(g.owner_id);
  IF NOT EXISTS (SELECT 1 FROM pg_class WHERE oid = to_regclass('pg_temp.contact_import_stage')
                    AND relkind = 'r' AND relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)) THEN
    PERFORM smsdesk._fail('SD422', 'no import is in progress: call contact_import_begin() first');
  END IF;
  SELECT count(*), count(*) - count(DISTINCT mobile_e164) - (count(*) - count(mobile_e164))
    INTO staged, dup FROM pg_temp.contact_import_stage;
  IF dup > 0 THEN
    PERFORM smsdesk._fail('SD422', 'the rows to import repeat a mobile number');
  END IF;
  BEGIN
    IF coalesce(p_update, false) THEN
      UPDATE contact c SET
          name = CASE WHEN 'name' = ANY(p_fields) THEN s.name ELSE c.name END,
          mobile_raw = s.mobile_raw,
          phone = CASE WHEN 'phone' = ANY(p_fields) THEN s.phone ELSE c.phone END,
          email = CASE WHEN 'email' = ANY(p_fields) THEN s.email ELSE c.email END,
          notes = CASE WHEN 'notes' = ANY(p_fields) THEN s.notes ELSE c.notes END,
          custom = c.custom || s.custom,
          updated_at = now(), version = c.version + 1
        FROM pg_temp.contact_import_stage s
       WHERE c.group_id = g.id AND c.mobile_e164 = s.mobile_e164;
      GET DIAGNOSTICS updated = ROW_COUNT;
    ELSIF g.contact_count > 0 THEN
      SELECT coalesce(array_agg(s.row_no ORDER BY s.row_no), '{}') INTO skipped
        FROM pg_temp.contact_import_stage s
       WHERE s.mobile_e164 IS NOT NULL
         AND EXISTS (SELECT 1 FROM contact c WHERE c.group_id = g.id AND c.mobile_e164 = s.mobile_e164);
    END IF;
    IF g.contact_count = 0 THEN
      -- an empty group (locked, so it stays so): nothing to compare against
      INSERT INTO contact (owner_id, group_id, name, mobile_e164, mobile_raw, phone, email, notes, custom)
      SELECT g.owner_id, g.id, s.name, s.mobile_e164, s.mobile_raw, s.phone, s.email, s.notes, s.custom
        FROM pg_temp.contact_import_stage s ORDER BY s.row_no;
    ELSE
      INSERT INTO contact (owner_id, group_id, name, mobile_e164, mobile_raw, phone, email, notes, custom)
      SELECT g.owner_id, g.id, s.name, s.mobile_e164, s.mobile_raw, s.phone, s.email, s.notes, s.custom
        FROM pg_temp.contact_import_stage s
       WHERE s.mobile_e164 IS NULL
          OR NOT EXISTS (SELECT 1 FROM contact c WHERE c.group_id = g.id AND c.mobile_e164 = s.mobile_e164)
       ORDER BY s.row_no;
    END IF;
    GET DIAGNOSTICS inserted = ROW_COUNT;
  EXCEPTION WHEN check_violation OR not_null_violation OR invalid_text_representation THEN
    PERFORM smsdesk._fail('SD422', 'a row cannot be imported: ' || SQLERRM);
  END;
  PERFORM smsdesk._audit('contacts.import', smsdesk.contact_group_path(g.id), owner_group,
    jsonb_build_object('owner', (SELECT login FROM app_user WHERE id = g.owner_id), 'source', left(p_source, 200),
                       'rows', staged, 'inserted', inserted, 'updated', updated,
                       'skipped', cardinality(skipped)));
  DROP TABLE pg_temp.contact_import_stage;
  RETURN jsonb_build_object('inserted', inserted, 'updated', updated, 'skipped_rows', to_jsonb(skipped));
END $$;

-- ---------------------------------------------------------------------------------------------------
DO $$
DECLARE f regprocedure;
BEGIN
  -- only this revision's functions: the other revisions keep their own grants
  FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'smsdesk'
              AND (p.proname LIKE 'contact%' OR p.proname LIKE '\_contact%' OR p.proname LIKE 'tg\_contact%'
                   OR p.proname IN ('mask_number', 'ts_lexeme', 'my_contact_owners', '_require_book', '_book_owners',
                                    '_group_for_change', '_check_group_name', '_check_contact')) LOOP
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
  END LOOP;
END $$;
GRANT EXECUTE ON FUNCTION
  smsdesk.contact_display_number(text, text), smsdesk.mask_number(text),
  smsdesk.contact_search_terms(text, text, text), smsdesk.ts_lexeme(text, boolean),
  smsdesk.my_contact_owners(), smsdesk.contact_group_path(bigint),
  smsdesk.contact_group_create(bigint, bigint, text), smsdesk.contact_group_rename(bigint, text),
  smsdesk.contact_group_move(bigint, bigint), smsdesk.contact_group_delete(bigint),
  smsdesk.contact_group_ensure_path(bigint, text),
  smsdesk.contact_field_save(bigint, bigint, text), smsdesk.contact_field_delete(bigint),
  smsdesk.contact_create(bigint, text, text, text, text, text, text, jsonb),
  smsdesk.contact_update(bigint, integer, text, text, text, text, text, text, jsonb),
  smsdesk.contact_delete(bigint[]), smsdesk.contact_move(bigint[], bigint, boolean),
  smsdesk.contact_numbers(bigint[]), smsdesk.contact_search(text, integer),
  smsdesk.contact_import_begin(), smsdesk.contact_import_finish(bigint, boolean, text[], text)
  TO "__P__operator";
