-- Who may read check_result: every column but the number itself, which a contact's row holds in full even when the
-- caller may see it only masked (SEC-3); "shown" is what the caller may see.
GRANT SELECT (task_id, row_no, source, shown, raw, reason, masked, carrier, host, province, city, lists, status,
              status_at, price) ON smsdesk.check_result TO "__P__operator";
