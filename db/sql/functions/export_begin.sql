-- An export starts here (SEC-2): the audit row (contacts.export, task.export or report.export, with what the console
-- says it exports: its filters) and a ticket for the rows; export_finish records how it ended and how many rows.
-- The export's rows come only from export_contact_rows / export_task_rows / the report functions given the ticket,
-- which take the ticket and refuse one whose transaction has not committed: a console that rolls back to drop
-- the audit row has no ticket either. Reading rows by plain SELECT is what row-level security allows anyway; an
-- export through these functions is never without its row.
CREATE OR REPLACE FUNCTION smsdesk.export_begin(p_kind text, p_subject bigint, p_target text, p_details jsonb DEFAULT '{}')
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk.me(); ticket bigint;
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF p_kind IS NULL OR p_kind NOT IN ('contacts', 'task', 'report') THEN
    PERFORM smsdesk._fail('SD422', 'an export is of contacts, of a task or of a report');
  END IF;
  IF p_details IS NOT NULL AND (jsonb_typeof(p_details) <> 'object' OR length(p_details::text) > 4000) THEN
    PERFORM smsdesk._fail('SD422', 'the details of an export are a JSON object of at most 4000 characters');
  END IF;
  INSERT INTO export_ticket (kind, subject, xact) VALUES (p_kind, p_subject, pg_current_xact_id()::text::bigint)
  RETURNING id INTO ticket;
  PERFORM smsdesk._audit(p_kind || '.export', left(coalesce(p_target, ''), 500), caller.group_id,
                         coalesce(p_details, '{}') || jsonb_build_object('ticket', ticket));
  RETURN ticket;
END $$;

REVOKE ALL ON FUNCTION smsdesk.export_begin(text, bigint, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.export_begin(text, bigint, text, jsonb) TO "__P__operator";
