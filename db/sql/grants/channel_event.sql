-- Who may read channel_event; which rows each sees: policies/channel_event.sql.
GRANT SELECT ON smsdesk.channel_event TO "__P__admin";
