-- Who may read blacklist_batch; which rows each sees: policies/blacklist_batch.sql.
GRANT SELECT ON smsdesk.blacklist_batch TO "__P__operator", "__P__dispatcher";
