-- Who reads delivery receipts: administrators, with their tasks; unmatched receipts only administrators of
-- the top-level group.
ALTER TABLE smsdesk.receipt ENABLE ROW LEVEL SECURITY;

CREATE POLICY receipt_read ON smsdesk.receipt FOR SELECT
  USING ((SELECT smsdesk.i_am_admin())
         AND (task_id IN (SELECT t.id FROM smsdesk.send_task t)
              OR (task_id IS NULL AND (SELECT smsdesk.i_am_top_admin()))));
