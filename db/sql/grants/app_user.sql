-- Who may read app_user; which rows each sees: policies/app_user.sql. Every column but the user's mobile number
-- (SEC-3): user_mobiles() gives it, masked unless the caller has the right to see numbers in full.
GRANT SELECT ON smsdesk.app_user TO "__P__dispatcher";
GRANT SELECT (id, login, role_name, operator_name, group_id, kind, is_reviewer, status, review_mode, see_full_numbers,
              quota_limit, quota_used, created_at, updated_at, deleted_at, must_change_password)
  ON smsdesk.app_user TO "__P__operator";
