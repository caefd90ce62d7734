-- The preview of an address-book pick (SEND-7): one row per contact with what becomes of it: 'valid',
-- 'invalid' (no usable mobile), 'duplicate' (among p_numbers, the other paths' numbers, or an earlier
-- contact) or 'blacklisted' (with the list's scope). The number is shown in full only to users with the
-- right to see full numbers (SEC-3).
CREATE OR REPLACE FUNCTION smsdesk.send_contact_check(p_contacts bigint[], p_groups bigint[], p_kind text,
                                                      p_numbers text[] DEFAULT NULL)
RETURNS TABLE (contact_id bigint, shown text, state text, scope text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET work_mem = '64MB' AS $$
#variable_conflict use_column
DECLARE caller app_user := smsdesk.me();
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF p_kind IS NULL OR p_kind NOT IN ('verification', 'notification', 'marketing', 'alert') THEN
    PERFORM smsdesk._fail('SD422', 'unknown message kind');
  END IF;
  RETURN QUERY
  WITH pick AS MATERIALIZED (SELECT * FROM smsdesk._send_contacts(p_contacts, p_groups)),
       given AS (SELECT DISTINCT n FROM unnest(coalesce(p_numbers, '{}')) AS n),
       blocked AS (SELECT * FROM smsdesk._send_blocked((SELECT array_agg(DISTINCT k.e164) FROM pick k
                                                         WHERE k.e164 IS NOT NULL), p_kind, caller.group_id)),
       ranked AS (SELECT k.*, row_number() OVER (PARTITION BY k.e164 ORDER BY k.ord) AS nth FROM pick k)
  SELECT r.contact_id,
         CASE WHEN caller.see_full_numbers THEN coalesce(r.e164, r.masked) ELSE r.masked END,
         CASE WHEN r.e164 IS NULL THEN 'invalid'
              WHEN r.nth > 1 OR EXISTS (SELECT 1 FROM given g WHERE g.n = r.e164) THEN 'duplicate'
              WHEN b.number IS NOT NULL THEN 'blacklisted'
              ELSE 'valid' END,
         b.scope
    FROM ranked r LEFT JOIN blocked b ON b.number = r.e164
   ORDER BY r.ord;
END $$;

REVOKE ALL ON FUNCTION smsdesk.send_contact_check(bigint[], bigint[], text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.send_contact_check(bigint[], bigint[], text, text[]) TO "__P__operator";
