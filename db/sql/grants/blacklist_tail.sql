-- Who may read blacklist_tail; which rows each sees: policies/blacklist_tail.sql. Its numbers only the dispatcher
-- (administrators search the lists through blacklist_page(), SEC-3).
GRANT SELECT ON smsdesk.blacklist_tail TO "__P__dispatcher";
GRANT SELECT (list_id, tail) ON smsdesk.blacklist_tail TO "__P__operator";
