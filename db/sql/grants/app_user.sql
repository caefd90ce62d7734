GRANT SELECT ON smsdesk.app_user TO "__P__operator", "__P__dispatcher";
