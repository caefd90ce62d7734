-- Before sending (SEND-7): which of these numbers a live-status lookup found empty or suspended within p_days.
CREATE OR REPLACE FUNCTION smsdesk.check_known_dead(p_numbers bigint[], p_days integer)
RETURNS TABLE (number bigint, status text, checked_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET work_mem = '64MB' AS $$
  SELECT s.number, s.status, s.checked_at
    FROM (SELECT unnest(p_numbers) AS n) r JOIN number_status s ON s.number = r.n
   WHERE s.status IN ('empty', 'suspended')
     AND s.checked_at >= now() - make_interval(days => least(greatest(coalesce(p_days, 0), 0), 3650))
     AND smsdesk.my_user_id() IS NOT NULL
$$;

REVOKE ALL ON FUNCTION smsdesk.check_known_dead(bigint[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.check_known_dead(bigint[], integer) TO "__P__operator";
