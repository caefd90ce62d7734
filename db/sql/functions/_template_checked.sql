-- Raises SD422 unless a template's name, kind and text are acceptable and its 【variables】
-- well formed (SET-4, TPL-1).
CREATE OR REPLACE FUNCTION smsdesk._template_checked(p_name text, p_kind text, p_content text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE problem text;
BEGIN
  IF p_name IS NULL OR length(btrim(p_name)) NOT BETWEEN 1 AND 100 THEN
    PERFORM smsdesk._fail('SD422', 'a template name has 1 to 100 characters');
  END IF;
  IF p_kind IS NULL OR p_kind NOT IN ('verification', 'notification', 'marketing', 'alert') THEN
    PERFORM smsdesk._fail('SD422', 'a template''s kind is verification, notification, marketing or alert');
  END IF;
  IF p_content IS NULL OR length(btrim(p_content)) NOT BETWEEN 1 AND 1000 THEN
    PERFORM smsdesk._fail('SD422', 'a template''s text has 1 to 1000 characters');
  END IF;
  problem := smsdesk.template_problem(p_content);
  IF problem IS NOT NULL THEN
    PERFORM smsdesk._fail('SD422', CASE problem
      WHEN 'unclosed' THEN 'the template has a 【 that is never closed'
      WHEN 'unopened' THEN 'the template has a 】 that closes nothing'
      WHEN 'nested' THEN 'the template opens a 【 inside another variable'
      ELSE 'the template has a variable 【】 with no name' END);
  END IF;
END $$;

REVOKE ALL ON FUNCTION smsdesk._template_checked(text, text, text) FROM PUBLIC;
