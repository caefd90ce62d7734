-- The segments a carrier bills for a text as it goes on the air (SEND-3), exactly as the rules engine counts them
-- (domain.text.measure): GSM-7 when every character is in the GSM 03.38 default or extension table, counted in
-- septets (an extension character is ESC plus a septet: 2); otherwise UCS-2, counted in UTF-16 units (a character
-- outside the BMP: 2). One part holds 160 septets or 70 units; a longer text is cut into parts of 153 or 67 (the
-- concatenation header takes the rest), never between ESC and its septet nor between the two halves of a
-- surrogate pair, so such a text may need one part more than its units divided by 153 or 67. 0 for an empty text.
--
-- Billing and quota read this, never a count a client declares. Most texts hold nothing that counts twice and are
-- answered by arithmetic; only the others are cut part by part (at most a few dozen steps for a 1,000-character
-- text). No SET clause and no table: a plain immutable helper, called once per distinct body.
CREATE OR REPLACE FUNCTION smsdesk.sms_segments(p_text text) RETURNS int
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE n int := length(p_text); ext int; units int; per int; cut text; stop int; at int := 1; parts int := 0;
        width int; gsm boolean; mark text;
BEGIN
  IF n IS NULL OR n = 0 THEN
    RETURN 0;
  END IF;
  gsm := p_text !~ '[^@£$¥èéùìòÇ\u000aØø\u000dÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\u0027()*+,\u002d./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà\u000c\u005e{}\u005c\u005b~\u005d|€]';
  IF gsm THEN
    IF n <= 80 THEN  -- 160 septets even if every character counts twice
      RETURN 1;
    END IF;
    ext := 0;
    IF p_text ~ '[\u000c\u005e{}\u005c\u005b~\u005d|€]' THEN
      ext := n - length(regexp_replace(p_text, '[\u000c\u005e{}\u005c\u005b~\u005d|€]', '', 'g'));
    END IF;
    units := n + ext;
    IF units <= 160 THEN
      RETURN 1;
    ELSIF ext = 0 THEN
      RETURN (units + 152) / 153;
    END IF;
    -- the septets, an ESC before each extension character's code: a part never ends on an ESC
    cut := regexp_replace(p_text, '([\u000c\u005e{}\u005c\u005b~\u005d|€])', E'\x1b\\1', 'g');
    per := 153;
    mark := E'\x1b';
  ELSE
    IF n <= 35 THEN
      RETURN 1;
    END IF;
    units := n;
    IF p_text ~ '[\U00010000-\U0010ffff]' THEN
      units := n + length(regexp_replace(p_text, '[^\U00010000-\U0010ffff]', '', 'g'));
    END IF;
    IF units <= 70 THEN
      RETURN 1;
    ELSIF units = n THEN
      RETURN (units + 66) / 67;
    END IF;
    -- the UTF-16 units, H and L for the halves of a pair: a part never ends between them
    cut := regexp_replace(regexp_replace(p_text, '[^\U00010000-\U0010ffff]', 'x', 'g'),
                          '[\U00010000-\U0010ffff]', 'HL', 'g');
    per := 67;
    mark := 'H';
  END IF;
  width := length(cut);
  WHILE at <= width LOOP
    stop := least(at + per - 1, width);
    IF stop < width AND substr(cut, stop, 1) = mark THEN
      stop := stop - 1;
    END IF;
    parts := parts + 1;
    at := stop + 1;
  END LOOP;
  RETURN parts;
END $$;

REVOKE ALL ON FUNCTION smsdesk.sms_segments(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.sms_segments(text) TO "__P__operator", "__P__dispatcher";
