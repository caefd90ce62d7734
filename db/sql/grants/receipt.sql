-- Who may read receipt; which rows each sees: policies/receipt.sql.
GRANT SELECT ON smsdesk.receipt TO "__P__admin";
