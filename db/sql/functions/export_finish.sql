-- An export ends here (SEC-2): a second audit row (<kind>.export_end) with how it ended (done, cancelled, failed)
-- the rows the console says it wrote (rows_written), and for reports the rows the database handed out on the ticket
-- (rows_served, counted by report_detail_page and the other report row functions, whatever a console says).
CREATE OR REPLACE FUNCTION smsdesk.export_finish(p_ticket bigint, p_outcome text, p_rows bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk.me(); t export_ticket;
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF p_outcome IS NULL OR p_outcome NOT IN ('done', 'cancelled', 'failed') THEN
    PERFORM smsdesk._fail('SD422', 'an export ends done, cancelled or failed');
  END IF;
  SELECT * INTO t FROM export_ticket WHERE id = p_ticket AND role_name = session_user FOR UPDATE;
  IF t.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such export');
  END IF;
  IF t.finished_at IS NOT NULL THEN
    PERFORM smsdesk._fail('SD409', 'this export has ended already');
  END IF;
  UPDATE export_ticket SET finished_at = now() WHERE id = t.id;
  PERFORM smsdesk._audit(t.kind || '.export_end', '', caller.group_id,
                         jsonb_build_object('ticket', t.id, 'outcome', p_outcome, 'rows_written', greatest(coalesce(p_rows, 0), 0),
                                            'rows_served', t.rows));
  RETURN t.rows;
END $$;

REVOKE ALL ON FUNCTION smsdesk.export_finish(bigint, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.export_finish(bigint, text, bigint) TO "__P__operator";
