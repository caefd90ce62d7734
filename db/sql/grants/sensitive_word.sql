-- Who may read sensitive_word; which rows each sees: policies/sensitive_word.sql.
GRANT SELECT ON smsdesk.sensitive_word TO "__P__operator", "__P__dispatcher";
