-- Who may read channel_test (the console waits there for the answer); which rows: policies/channel_test.sql.
GRANT SELECT ON smsdesk.channel_test TO "__P__admin";
