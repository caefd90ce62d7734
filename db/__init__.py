"""The database itself: Alembic environment, dated migrations, SQL for roles, policies and functions."""
