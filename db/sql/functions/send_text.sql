-- What task_queue would send for this content, for the console's preview (SEND-3, SEC-4): the content with the
-- sensitive words masked (or as given when the installation refuses them: refused then lists them), the words
-- found, the signature without its 【】 (NULL for none) and whether the caller's group may use it, the
-- installation's opt-out suffix for marketing, the text on the air and its segments. The console shows these
-- numbers; task_queue checks and counts them again at submit.
CREATE OR REPLACE FUNCTION smsdesk.send_text(p_kind text, p_signature text, p_content text)
RETURNS TABLE (content text, words text[], refused boolean, signature text, signature_allowed boolean, opt_out text,
               on_air text, segments int)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
DECLARE caller app_user := smsdesk.me(); patterns text[] := smsdesk._sensitive_patterns();
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF p_kind IS NULL OR p_kind NOT IN ('verification', 'notification', 'marketing', 'alert') THEN
    PERFORM smsdesk._fail('SD422', 'unknown message kind');
  END IF;
  content := coalesce(p_content, '');
  words := '{}';
  refused := false;
  signature_allowed := true;
  IF nullif(btrim(p_signature), '') IS NOT NULL THEN
    BEGIN
      signature := smsdesk._signature_text(p_signature);
    EXCEPTION WHEN SQLSTATE 'SD422' THEN  -- not a signature at all: the console says why (domain.text)
      signature := btrim(p_signature, '【】 ');
    END;
    signature_allowed := EXISTS (SELECT 1 FROM smsdesk.signature s JOIN user_group g ON g.id = caller.group_id
                                  WHERE s.text = send_text.signature AND s.group_id = ANY (g.id_path));
  END IF;
  IF p_kind = 'marketing' THEN
    opt_out := smsdesk.setting('opt_out_suffix') #>> '{}';
  END IF;
  IF patterns IS NOT NULL AND smsdesk.word_fold(content) ~ ANY (patterns) THEN
    words := smsdesk.sensitive_hits(content);
    IF coalesce(smsdesk.setting('sensitive_words_mode') #>> '{}', 'replace') = 'refuse' THEN
      refused := true;
    ELSE
      content := smsdesk._sensitive_mask(content);
    END IF;
  END IF;
  on_air := smsdesk.sms_text(p_kind, signature, content, opt_out);
  segments := smsdesk.sms_segments(on_air);
  RETURN NEXT;
END $$;

REVOKE ALL ON FUNCTION smsdesk.send_text(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.send_text(text, text, text) TO "__P__operator";
