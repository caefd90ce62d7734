"""SQLAlchemy models, engine and session, repositories: every query lives here."""
