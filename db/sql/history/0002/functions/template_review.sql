-- The body revision 0002 installed: 0002 loads it, and the downgrade of the revision that replaced it
-- puts it back. The current definition is functions/template_review.sql.
-- APR-1: a reviewer or administrator over the template's group approves or rejects it, never their own.
CREATE OR REPLACE FUNCTION smsdesk.template_review(p_id bigint, p_approve boolean, p_reason text DEFAULT NULL) RETURNS void
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

REVOKE ALL ON FUNCTION smsdesk.template_review(bigint, boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.template_review(bigint, boolean, text) TO "__P__reviewer";
