-- Messages as the caller may read them (SEC-3): the rows of policies/message.sql (the messages of the tasks the
-- caller reads; IT every one) with the number in full for users with the right to see it, masked (mask_number) for
-- everyone else. The table itself gives operators every column but the number (grants/message.sql). A security
-- barrier view, so a caller's own conditions (leakproof ones only) cannot see rows before its filter; it is planned
-- into the caller's query, so a cursor over a million messages streams, and the caller's identity is read once per
-- query (the sub-selects).
CREATE OR REPLACE VIEW smsdesk.message_shown WITH (security_barrier = true) AS
  SELECT m.id, m.task_id,
         CASE WHEN (SELECT smsdesk.i_see_full_numbers()) THEN m.number ELSE smsdesk.mask_number(m.number) END
           AS number,
         m.carrier, m.body, m.segments, m.status, m.attempts, m.channel_id, m.submitted_at, m.done_at, m.error_code,
         m.failure_category, m.duplicate_suspect
    FROM smsdesk.message m
   WHERE (SELECT smsdesk.is_system())
      OR m.task_id IN (SELECT t.id FROM smsdesk.send_task t
                        WHERE t.owner_id = (SELECT smsdesk.my_user_id())
                           OR ((SELECT smsdesk.i_oversee())
                               AND t.group_id = ANY ((SELECT smsdesk.my_scope_groups())::bigint[])));

GRANT SELECT ON smsdesk.message_shown TO "__P__operator";
