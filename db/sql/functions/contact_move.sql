-- Moves (or copies) contacts into a group, perhaps of another owner the caller manages. A number already in
-- the target group is left where it was (or not copied): returns how many moved and how many were skipped.
CREATE OR REPLACE FUNCTION smsdesk.contact_move(p_contacts bigint[], p_group bigint, p_copy boolean DEFAULT false)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g contact_group := smsdesk._group_for_change(p_group); owners bigint[] := smsdesk._book_owners();
        wanted integer; done integer;
BEGIN
  IF EXISTS (SELECT 1 FROM contact WHERE id = ANY(p_contacts) AND NOT owner_id = ANY(owners)) THEN
    PERFORM smsdesk._fail('SD403', 'some of those contacts are not yours');
  END IF;
  SELECT count(*) INTO wanted FROM contact WHERE id = ANY(p_contacts) AND (p_copy OR group_id <> g.id);
  IF p_copy THEN
    INSERT INTO contact (owner_id, group_id, name, mobile_e164, mobile_raw, phone, email, notes, custom)
    SELECT g.owner_id, g.id, name, mobile_e164, mobile_raw, phone, email, notes, custom
      FROM contact WHERE id = ANY(p_contacts) ORDER BY id
    ON CONFLICT (group_id, mobile_e164) WHERE mobile_e164 IS NOT NULL DO NOTHING;
  ELSE
    UPDATE contact SET group_id = g.id, owner_id = g.owner_id, updated_at = now(), version = version + 1
     WHERE id IN (
       SELECT id FROM (
         SELECT c.id, c.mobile_e164, row_number() OVER (PARTITION BY c.mobile_e164 ORDER BY c.id) AS rn
           FROM contact c WHERE c.id = ANY(p_contacts) AND c.group_id <> g.id) m
        WHERE m.mobile_e164 IS NULL
           OR (m.rn = 1 AND NOT EXISTS (SELECT 1 FROM contact t WHERE t.mobile_e164 = m.mobile_e164
                                                              AND t.group_id = g.id)));
  END IF;
  GET DIAGNOSTICS done = ROW_COUNT;
  RETURN jsonb_build_object('moved', done, 'skipped', wanted - done);
END $$;

REVOKE ALL ON FUNCTION smsdesk.contact_move(bigint[], bigint, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_move(bigint[], bigint, boolean) TO "__P__operator";
