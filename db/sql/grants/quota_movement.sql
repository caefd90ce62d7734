GRANT SELECT ON smsdesk.quota_movement TO "__P__operator", "__P__dispatcher";
