-- Every installation setting with its value, its default and whether it was changed, for the settings
-- screen and `smsdesk-admin settings get`. Values are not secret: every signed-in user may read them.
CREATE OR REPLACE FUNCTION smsdesk.settings_list()
RETURNS TABLE (key text, value jsonb, default_value jsonb, changed boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT d.key, smsdesk.setting(d.key), d.value, i.settings ? d.key
    FROM setting_default d CROSS JOIN installation i
   WHERE i.id = 1
   ORDER BY d.key
$$;

REVOKE ALL ON FUNCTION smsdesk.settings_list() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.settings_list() TO "__P__operator", "__P__dispatcher";
