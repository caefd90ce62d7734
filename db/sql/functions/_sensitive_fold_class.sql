-- The characters a text must hold for word_fold to change whether a sensitive word is in it, as a regular
-- expression's bracket (NULL when there are none): the full-width forms of the ASCII characters in the words, the
-- ideographic space when a word has a space, final sigma when one has a sigma. A Chinese body full of "，" need not
-- be folded against Chinese words: a case-insensitive match (~*) finds the same words six times faster.
CREATE OR REPLACE FUNCTION smsdesk._sensitive_fold_class() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT '[' || string_agg(DISTINCT f.c, '') || ']'
    FROM (SELECT CASE WHEN x.c = ' ' THEN chr(12288)
                      WHEN x.c = 'σ' THEN 'ςΣ'
                      ELSE chr(ascii(x.c) + 65248) || chr(ascii(upper(x.c)) + 65248) END AS c
            FROM sensitive_word s, regexp_split_to_table(s.folded, '') AS x(c)
           WHERE x.c ~ '[!-~ σ]') f
$$;

REVOKE ALL ON FUNCTION smsdesk._sensitive_fold_class() FROM PUBLIC;
