-- Who may read phrase; which rows each sees: policies/phrase.sql.
GRANT SELECT ON smsdesk.phrase TO "__P__operator", "__P__dispatcher";
