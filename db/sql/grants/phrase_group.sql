-- Who may read phrase_group; which rows each sees: policies/phrase_group.sql.
GRANT SELECT ON smsdesk.phrase_group TO "__P__operator", "__P__dispatcher";
