GRANT SELECT ON smsdesk.channel_event TO "__P__admin";
