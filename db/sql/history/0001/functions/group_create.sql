-- Creates a user group under p_parent (an administrator over it), or a top-level group (IT only).
CREATE OR REPLACE FUNCTION smsdesk.group_create(p_parent bigint, p_name text, p_review boolean DEFAULT false)
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

REVOKE ALL ON FUNCTION smsdesk.group_create(bigint, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.group_create(bigint, text, boolean) TO "__P__admin";
