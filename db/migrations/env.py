"""Alembic environment: runs migrations on the connection smsdesk.store.migrate hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from smsdesk.store.models import SCHEMA, Base, load_all_models

config = context.config
load_all_models()
target_metadata = Base.metadata


# Indexes a migration creates only where the server can: not in the models (revisions 0016 and 0027: pg_trgm's,
# absent from the embedded server).
OPTIONAL_INDEXES = frozenset({"ix_message_body_trgm", "ix_send_task_content_trgm"})


def include_name(name, type_, parent_names):
    if type_ == "schema":
        return name == SCHEMA
    if type_ == "index":
        return name not in OPTIONAL_INDEXES
    return True


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        connection = engine.connect()
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        version_table_schema=SCHEMA,
        include_schemas=True,
        include_name=include_name,
        compare_type=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
