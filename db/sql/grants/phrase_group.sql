GRANT SELECT ON smsdesk.phrase_group TO "__P__operator", "__P__dispatcher";
