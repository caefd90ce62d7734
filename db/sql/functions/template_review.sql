-- Approves or rejects a template (APR-1): a reviewer or administrator over the template's group and
-- over its author's group, never on their own; a rejection needs a reason (1-500 characters); an approved template
-- is not decided again and a rejected one may only be approved. Refusals carry a JSON DETAIL with a reason key
-- (_approval_fail). Audited.
CREATE OR REPLACE FUNCTION smsdesk.template_review(p_id bigint, p_approve boolean, p_reason text DEFAULT NULL)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); target message_template; author app_user;
        reason text := nullif(btrim(coalesce(p_reason, '')), '');
BEGIN
  SELECT * INTO target FROM message_template WHERE id = p_id FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._approval_fail('SD404', 'not_found', 'no such template');
  END IF;
  IF caller.id IS NOT NULL THEN
    SELECT * INTO author FROM app_user WHERE id = target.owner_id;
    IF NOT (caller.kind = 'admin' OR caller.is_reviewer)
       OR NOT smsdesk.group_in_subtree(target.group_id, caller.group_id)
       OR NOT smsdesk.group_in_subtree(author.group_id, caller.group_id) THEN
      PERFORM smsdesk._approval_fail('SD403', 'out_of_scope', 'only a reviewer over the template''s group reviews it');
    END IF;
    IF caller.id = target.owner_id THEN
      PERFORM smsdesk._approval_fail('SD403', 'own', 'nobody reviews their own template');
    END IF;
  END IF;
  IF p_approve IS NULL THEN
    PERFORM smsdesk._approval_fail('SD422', 'invalid', 'approve or reject');
  END IF;
  IF target.status = 'approved' THEN
    PERFORM smsdesk._approval_fail('SD409', 'decided', 'the template is already approved',
                                   jsonb_build_object('status', target.status));
  END IF;
  IF target.status = 'rejected' AND NOT p_approve THEN
    PERFORM smsdesk._approval_fail('SD409', 'decided', 'the template is already rejected',
                                   jsonb_build_object('status', target.status));
  END IF;
  IF NOT p_approve AND reason IS NULL THEN
    PERFORM smsdesk._approval_fail('SD422', 'reason_required', 'a rejection needs a reason');
  END IF;
  IF length(reason) > 500 THEN
    PERFORM smsdesk._approval_fail('SD422', 'reason_too_long', 'a reason has at most 500 characters');
  END IF;
  UPDATE message_template
     SET status = CASE WHEN p_approve THEN 'approved' ELSE 'rejected' END, reviewer_id = caller.id,
         review_reason = reason, reviewed_at = now()
   WHERE id = p_id;
  PERFORM smsdesk._audit(CASE WHEN p_approve THEN 'template.approve' ELSE 'template.reject' END, target.name,
                         target.group_id, jsonb_build_object('template', p_id, 'reason', reason, 'was', target.status,
                                                             'owner', target.owner_id));
END $$;

REVOKE ALL ON FUNCTION smsdesk.template_review(bigint, boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.template_review(bigint, boolean, text) TO "__P__reviewer";
