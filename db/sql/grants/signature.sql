-- Who may read signature; which rows each sees: policies/signature.sql.
GRANT SELECT ON smsdesk.signature TO "__P__operator", "__P__dispatcher";
