-- The time zone whose days stat_day counts (China Standard Time, no daylight saving: every day is 24 whole
-- hours of stat_hour). Reports in another zone sum stat_hour instead.
CREATE OR REPLACE FUNCTION smsdesk.stat_day_zone() RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN 'Asia/Shanghai';

REVOKE ALL ON FUNCTION smsdesk.stat_day_zone() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.stat_day_zone() TO "__P__operator", "__P__dispatcher";
