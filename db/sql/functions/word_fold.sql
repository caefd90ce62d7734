-- Case- and width-folded text (full-width ASCII as ASCII, ideographic space as space): duplicates of a
-- sensitive word are judged on this, as the matcher compares.
CREATE OR REPLACE FUNCTION smsdesk.word_fold(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
  SELECT lower(translate(p_text,
    '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　ς',
    '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ σ'))
$$;

REVOKE ALL ON FUNCTION smsdesk.word_fold(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.word_fold(text) TO "__P__operator", "__P__dispatcher";
