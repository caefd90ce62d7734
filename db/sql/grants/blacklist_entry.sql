-- Who may read blacklist_entry; which rows each sees: policies/blacklist_entry.sql. The dispatcher reads the numbers
-- (it checks every message against the lists); administrators browse them through blacklist_page(), which masks them
-- unless they have the right to see numbers in full (SEC-3).
GRANT SELECT ON smsdesk.blacklist_entry TO "__P__dispatcher";
GRANT SELECT (list_id, batch_id) ON smsdesk.blacklist_entry TO "__P__operator";
