-- Who may read price_list; which rows each sees: policies/price_list.sql.
GRANT SELECT ON smsdesk.price_list TO "__P__operator";
