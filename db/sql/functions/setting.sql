-- One installation setting (SET-*, SEND-3, SEND-8, SEC-5): the value a top-level administrator chose
-- (installation.settings), or the default the revision that introduced the key recorded (setting_default). For an
-- object (content limits per kind, marketing hours) the chosen keys are laid over the default's, so a kind nobody
-- set keeps its default.
-- Every rule the database enforces reads its settings here, so a console cannot bring its own; NULL for an
-- unknown key. Consoles and dispatchers read them too, to show and apply the same values.
CREATE OR REPLACE FUNCTION smsdesk.setting(p_key text) RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT CASE WHEN jsonb_typeof(d.value) = 'object' THEN d.value || coalesce(chosen.value, '{}')
              ELSE coalesce(chosen.value, d.value) END
    FROM setting_default d
    LEFT JOIN LATERAL (SELECT i.settings -> p_key AS value FROM installation i WHERE i.id = 1) chosen ON true
   WHERE d.key = p_key
$$;

REVOKE ALL ON FUNCTION smsdesk.setting(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.setting(text) TO "__P__operator", "__P__dispatcher";
