-- Why a value cannot be stored for an installation setting, or NULL when it can. The value must have the
-- JSON type of the key's default; each key then has its own bounds. A revision that adds a key adds its
-- rule here (a key without one only has its type checked).
CREATE OR REPLACE FUNCTION smsdesk._setting_problem(p_key text, p_value jsonb) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE def jsonb := (SELECT d.value FROM setting_default d WHERE d.key = p_key); k text; v jsonb;
BEGIN
  IF def IS NULL THEN
    RETURN 'unknown setting';
  END IF;
  IF p_value IS NULL OR jsonb_typeof(p_value) <> jsonb_typeof(def) THEN
    RETURN format('the value must be a JSON %s', jsonb_typeof(def));
  END IF;
  CASE p_key
  WHEN 'opt_out_suffix' THEN
    IF length(btrim(p_value #>> '{}')) NOT BETWEEN 1 AND 20 THEN
      RETURN 'the opt-out suffix has 1 to 20 characters';
    END IF;
  WHEN 'marketing_hours' THEN
    IF NOT (p_value ?& ARRAY['start', 'end', 'time_zone'])
       OR coalesce(p_value ->> 'start', '') !~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
       OR coalesce(p_value ->> 'end', '') !~ '^([01][0-9]|2[0-4]):[0-5][0-9]$'
       OR (p_value ->> 'end') > '24:00' OR (p_value ->> 'start') >= (p_value ->> 'end') THEN
      RETURN 'marketing hours are a start and a later end, HH:MM, and a time zone';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = p_value ->> 'time_zone') THEN
      RETURN 'unknown time zone';
    END IF;
  WHEN 'content_limits' THEN
    FOR k, v IN SELECT * FROM jsonb_each(p_value) LOOP
      IF k NOT IN ('verification', 'notification', 'marketing', 'alert') THEN
        RETURN format('unknown message kind %s', k);
      END IF;
      IF jsonb_typeof(v) <> 'number' OR v::numeric <> trunc(v::numeric) OR v::numeric NOT BETWEEN 10 AND 1000 THEN
        RETURN 'a content limit is a whole number of characters from 10 to 1000';
      END IF;
    END LOOP;
  WHEN 'sensitive_words_mode' THEN
    IF p_value #>> '{}' NOT IN ('replace', 'refuse') THEN
      RETURN 'sensitive words are either replaced or refused';
    END IF;
  WHEN 'retention_months' THEN
    IF p_value::numeric <> trunc(p_value::numeric) OR p_value::numeric NOT BETWEEN 0 AND 1200 THEN
      RETURN 'retention is a whole number of months, 0 (keep everything) to 1200';
    END IF;
  WHEN 'signin_policy' THEN
    IF NOT (p_value ?& ARRAY['min_password_length', 'lockout_after', 'lockout_minutes'])
       OR jsonb_typeof(p_value -> 'min_password_length') <> 'number'
       OR jsonb_typeof(p_value -> 'lockout_after') <> 'number'
       OR jsonb_typeof(p_value -> 'lockout_minutes') <> 'number'
       OR (p_value ->> 'min_password_length')::numeric NOT BETWEEN 6 AND 64
       OR (p_value ->> 'lockout_after')::numeric NOT BETWEEN 0 AND 100
       OR (p_value ->> 'lockout_minutes')::numeric NOT BETWEEN 1 AND 1440 THEN
      RETURN 'the sign-in policy needs a minimum password length (6-64), failures before lockout (0-100, 0: never) '
             'and lockout minutes (1-1440)';
    END IF;
  ELSE
    NULL;
  END CASE;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk._setting_problem(text, jsonb) FROM PUBLIC;
