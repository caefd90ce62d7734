-- Complaint handling (LOG-4): the numbers of sent messages the caller chose (by message id: the caller may see the
-- numbers only masked) go on a blacklist in one step, with a reason. The caller must see every one of those messages
-- (their own tasks, an administrator's or reviewer's subtree) and hold the right to change that list (global and
-- kind lists: top-level administrators; a group's list: administrators over the group; blacklist_import checks it);
-- otherwise nothing is added. Audited as complaint.blacklist (how many messages, which list, the reason) besides the
-- list's own blacklist.add/import row.
CREATE OR REPLACE FUNCTION smsdesk.complaint_blacklist(p_messages bigint[], p_scope text, p_group bigint, p_kind text,
                                                       p_reason text)
RETURNS TABLE (added bigint, existing bigint, rejected bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE
  caller app_user := smsdesk.me();
  oversee boolean; scope bigint[]; wanted bigint; seen bigint; numbers bigint[];
  clean_reason text := btrim(coalesce(p_reason, ''));
  result record;
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF clean_reason = '' OR length(clean_reason) > 200 THEN
    PERFORM smsdesk._fail('SD422', 'a complaint needs a reason of 1 to 200 characters');
  END IF;
  IF p_messages IS NULL OR cardinality(p_messages) = 0 OR cardinality(p_messages) > 10000 THEN
    PERFORM smsdesk._fail('SD422', 'choose 1 to 10000 messages');
  END IF;
  oversee := caller.kind = 'admin' OR caller.is_reviewer;
  scope := CASE WHEN oversee THEN (SELECT coalesce(array_agg(g.id), '{}') FROM user_group g
                                    WHERE caller.group_id = ANY (g.id_path))
                ELSE '{}'::bigint[] END;
  SELECT count(DISTINCT x) INTO wanted FROM unnest(p_messages) x;
  SELECT count(*), array_agg(DISTINCT ltrim(m.number, '+')::bigint) FILTER (WHERE m.number ~ '^\+?[0-9]{7,15}$')
    INTO seen, numbers
    FROM message m JOIN send_task st ON st.id = m.task_id
   WHERE m.id = ANY (p_messages)
     AND (st.owner_id = caller.id OR (oversee AND st.group_id = ANY (scope)));
  IF seen < wanted THEN
    PERFORM smsdesk._fail('SD403', 'some of these messages are not yours to see (or are gone)');
  END IF;
  SELECT * INTO result FROM smsdesk.blacklist_import(p_scope, p_group, p_kind, coalesce(numbers, '{}'),
                                                     clean_reason, 'complaint');
  added := result.added; existing := result.existing; rejected := result.rejected + (wanted - seen);
  PERFORM smsdesk._audit('complaint.blacklist', p_scope || coalesce(':' || p_group, '') || coalesce(':' || p_kind, ''),
                         coalesce(p_group, caller.group_id),
                         jsonb_build_object('messages', wanted, 'numbers', coalesce(cardinality(numbers), 0),
                                            'added', added, 'existing', existing, 'scope', p_scope,
                                            'group', p_group, 'kind', p_kind, 'reason', clean_reason));
  RETURN NEXT;
END $$;

REVOKE ALL ON FUNCTION smsdesk.complaint_blacklist(bigint[], text, bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.complaint_blacklist(bigint[], text, bigint, text, text) TO "__P__operator";
