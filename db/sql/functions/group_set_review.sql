-- Turns review mode on or off for a live group below the caller's own (APR-2: its tasks wait for a reviewer).
-- Nobody changes their own group's setting (_org_caller refuses it, with a reason the console words).
CREATE OR REPLACE FUNCTION smsdesk.group_set_review(p_group bigint, p_review boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  PERFORM smsdesk._org_caller(p_group, true);
  PERFORM smsdesk._live_group(p_group);
  UPDATE user_group SET review_mode = coalesce(p_review, false), updated_at = now() WHERE id = p_group;
  PERFORM smsdesk._audit('group.review', smsdesk.group_path(p_group), p_group,
                         jsonb_build_object('review', p_review));
END $$;

REVOKE ALL ON FUNCTION smsdesk.group_set_review(bigint, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.group_set_review(bigint, boolean) TO "__P__admin";
