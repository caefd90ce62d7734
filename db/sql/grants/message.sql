-- Who may read message; which rows each sees: policies/message.sql. Every column but the number (SEC-3): operators
-- read numbers through message_numbers(), masked unless they have the right to see them in full; the dispatcher
-- works through its own functions.
GRANT SELECT (id, task_id, carrier, body, segments, status, attempts, next_attempt_at, lease_owner, lease_until,
              channel_id, smsc_ids, submitted_at, done_at, error_code, failure_category, duplicate_suspect, parts_done,
              parts_ok) ON smsdesk.message TO "__P__operator";
