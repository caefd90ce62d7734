-- Export tickets (export_begin): row-level security on and no grants, so only the export functions read them.
ALTER TABLE smsdesk.export_ticket ENABLE ROW LEVEL SECURITY;
