-- Changes one installation setting (top-level administrators and IT only), or puts it back to its default
-- when the value is NULL. The value is checked (_setting_problem) before it is stored; the change is audited
-- with the old and the new value. Returns the value now in force.
CREATE OR REPLACE FUNCTION smsdesk.settings_set(p_key text, p_value jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE old jsonb; problem text;
BEGIN
  PERFORM smsdesk._require_top_admin('installation settings');
  IF NOT EXISTS (SELECT 1 FROM setting_default d WHERE d.key = p_key) THEN
    PERFORM smsdesk._fail('SD404', 'unknown setting');
  END IF;
  IF p_value IS NOT NULL THEN
    problem := smsdesk._setting_problem(p_key, p_value);
    IF problem IS NOT NULL THEN
      PERFORM smsdesk._fail('SD422', problem);
    END IF;
  END IF;
  old := smsdesk.setting(p_key);
  UPDATE installation
     SET settings = CASE WHEN p_value IS NULL THEN settings - p_key ELSE settings || jsonb_build_object(p_key, p_value) END
   WHERE id = 1;
  PERFORM smsdesk._audit('settings.set', p_key, NULL,
                         jsonb_build_object('old', old, 'new', smsdesk.setting(p_key)));
  RETURN smsdesk.setting(p_key);
END $$;

REVOKE ALL ON FUNCTION smsdesk.settings_set(text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.settings_set(text, jsonb) TO "__P__admin";
