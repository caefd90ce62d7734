GRANT SELECT ON smsdesk.user_group TO "__P__operator", "__P__dispatcher";
