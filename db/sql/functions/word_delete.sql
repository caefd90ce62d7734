-- Removes sensitive words (top administrators).
CREATE OR REPLACE FUNCTION smsdesk.word_delete(p_ids bigint[]) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); gone text[]; n bigint;
BEGIN
  PERFORM smsdesk._require_top_admin('the sensitive words');
  WITH d AS (DELETE FROM sensitive_word WHERE id = ANY (p_ids) RETURNING word)
  SELECT array_agg(word), count(*) INTO gone, n FROM d;
  PERFORM smsdesk._audit('word.delete', left(array_to_string(gone[1:20], ', '), 500), caller.group_id,
                         jsonb_build_object('deleted', n));
  RETURN n;
END $$;

REVOKE ALL ON FUNCTION smsdesk.word_delete(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.word_delete(bigint[]) TO "__P__admin";
