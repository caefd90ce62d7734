"""Creates and upgrades the schema with Alembic, and tells whether a database matches this release."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from smsdesk.store.models import SCHEMA


def migrations_dir() -> Path:
    return Path(str(resources.files("smsdesk.db") / "migrations"))


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("version_path_separator", "os")
    cfg.set_main_option("file_template", "%%(year)d%%(month).2d%%(day).2d_%%(rev)s_%%(slug)s")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The release's schema revision; several heads (branches merged later) read as 'a+b'."""
    return "+".join(sorted(ScriptDirectory.from_config(alembic_config()).get_heads()))


def known_revisions() -> list[str]:
    return [s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()]


def current_revision(connection: Connection) -> str | None:
    exists = connection.execute(text("select to_regclass(:t)"), {"t": f"{SCHEMA}.alembic_version"}).scalar()
    if exists is None:
        return None
    ctx = MigrationContext.configure(connection, opts={"version_table_schema": SCHEMA})
    heads = ctx.get_current_heads()
    return "+".join(sorted(heads)) if heads else None


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def empty(self) -> bool:
        return self.current is None

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def older(self) -> bool:
        return self.current is not None and self.current != self.head and not self.newer

    @property
    def newer(self) -> bool:
        """A revision this release has never heard of: the database was upgraded by a newer release."""
        known = set(known_revisions())
        return self.current is not None and not set(self.current.split("+")) <= known


def schema_state(connection: Connection) -> SchemaState:
    return SchemaState(current=current_revision(connection), head=head_revision())


def upgrade(connection: Connection, target: str = "heads") -> None:
    """Runs on a connection of a superuser (or the database owner with CREATEROLE); commits itself."""
    from alembic import command

    connection.execute(text(f"create schema if not exists {SCHEMA}"))
    command.upgrade(alembic_config(connection), target)
    connection.commit()
