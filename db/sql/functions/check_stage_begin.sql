-- A number check, step 1: creates a staging table owned by the definer and lets the caller COPY the checked
-- numbers into it (and nothing else). check_create() then checks every row and moves them in set-wise, in the
-- caller's transaction.
CREATE OR REPLACE FUNCTION smsdesk.check_stage_begin() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF smsdesk.my_user_id() IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  DROP TABLE IF EXISTS pg_temp.check_stage;
  CREATE TEMPORARY TABLE check_stage (
    row_no integer NOT NULL,
    source text NOT NULL,
    number bigint,
    raw text,
    reason text,
    carrier text,
    host text,
    province text,
    city text
  ) ON COMMIT DROP;
  EXECUTE format('GRANT INSERT ON pg_temp.check_stage TO %I', session_user);
END $$;

REVOKE ALL ON FUNCTION smsdesk.check_stage_begin() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.check_stage_begin() TO "__P__operator";
