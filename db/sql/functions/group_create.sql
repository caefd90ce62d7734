-- Creates a user group under a live p_parent (an administrator over it), or a top-level group (IT only).
CREATE OR REPLACE FUNCTION smsdesk.group_create(p_parent bigint, p_name text, p_review boolean DEFAULT false)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE new_id bigint; clean text;
BEGIN
  IF p_parent IS NULL THEN
    IF NOT smsdesk.is_system() THEN
      PERFORM smsdesk._org_fail('SD403', 'top_level_create', 'only the installation''s owner creates top-level groups');
    END IF;
  ELSE
    PERFORM smsdesk._org_caller(p_parent);
    PERFORM smsdesk._live_group(p_parent);
  END IF;
  clean := smsdesk._org_group_name(p_parent, p_name);
  INSERT INTO user_group (parent_id, name, review_mode) VALUES (p_parent, clean, coalesce(p_review, false))
  RETURNING id INTO new_id;
  PERFORM smsdesk._audit('group.create', smsdesk.group_path(new_id), new_id,
                         jsonb_build_object('review', p_review));
  RETURN new_id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.group_create(bigint, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.group_create(bigint, text, boolean) TO "__P__admin";
