-- Who may read inbound_reply; which rows each sees: policies/inbound_reply.sql. Every column but the sender's number
-- (SEC-3): reply_numbers() gives it, masked unless the caller has the right to see numbers in full.
GRANT SELECT (id, received_at, channel_id, dest_addr, text, message_id, task_id, owner_id, group_id, kind, opt_out,
              blacklisted) ON smsdesk.inbound_reply TO "__P__operator";
