-- Who may read quota_movement; which rows each sees: policies/quota_movement.sql.
GRANT SELECT ON smsdesk.quota_movement TO "__P__operator", "__P__dispatcher";
