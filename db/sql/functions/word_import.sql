-- Adds sensitive words (SET-1) to the installation-wide list (top administrators): 1 to 50 characters,
-- no control characters; a word already listed (as word_fold compares) is not added twice.
CREATE OR REPLACE FUNCTION smsdesk.word_import(p_words text[], p_source text DEFAULT '')
RETURNS TABLE (added bigint, existing bigint, rejected bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); usable bigint; one boolean := cardinality(p_words) = 1;
BEGIN
  PERFORM smsdesk._require_top_admin('the sensitive words');
  WITH cleaned AS (SELECT regexp_replace(coalesce(x, ''), '^\s+|\s+$', '', 'g') AS w FROM unnest(p_words) AS x),
       good AS (SELECT w FROM cleaned WHERE length(w) BETWEEN 1 AND 50 AND w !~ '[[:cntrl:]]'),
       ins AS (INSERT INTO sensitive_word (word, folded, created_by)
               SELECT w, smsdesk.word_fold(w), caller.id FROM good
               ON CONFLICT (folded) DO NOTHING RETURNING 1)
  SELECT (SELECT count(*) FROM ins), (SELECT count(*) FROM good) INTO added, usable;
  existing := usable - added;  -- already listed, or given twice
  rejected := coalesce(cardinality(p_words), 0) - usable;
  IF one AND rejected = 1 THEN
    PERFORM smsdesk._fail('SD422', 'a sensitive word has 1 to 50 characters and no line breaks');
  END IF;
  PERFORM smsdesk._audit(CASE WHEN one THEN 'word.add' ELSE 'word.import' END,
                         CASE WHEN one THEN left(p_words[1], 50) ELSE left(coalesce(p_source, ''), 200) END,
                         caller.group_id,
                         jsonb_build_object('received', cardinality(p_words), 'added', added, 'existing', existing,
                                            'rejected', rejected));
  RETURN NEXT;
END $$;

REVOKE ALL ON FUNCTION smsdesk.word_import(text[], text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.word_import(text[], text) TO "__P__admin";
