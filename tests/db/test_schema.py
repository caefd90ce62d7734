"""The models and the migrations describe the same schema, and db init / upgrade behave."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from smsdesk.services import admin
from smsdesk.store import migrate
from smsdesk.store.database import make_engine

pytestmark = pytest.mark.db


def test_models_match_migrations(org_db):
    engine = make_engine(org_db.su, pool_size=1)
    try:
        with engine.connect() as conn:
            command.check(migrate.alembic_config(conn))  # raises when autogenerate finds a difference
    finally:
        engine.dispose()


def test_status_upgrade_and_refusal_of_a_second_init(empty_db):
    assert admin.db_status(empty_db.su).state == "empty"
    admin.db_init(empty_db.su, "first", "first-pass-1")
    status = admin.db_status(empty_db.su)
    assert status.state == "up-to-date" and status.current == migrate.head_revision()
    assert admin.db_upgrade(empty_db.su).state == "up-to-date"  # idempotent
    from smsdesk.services.errors import ServiceError

    with pytest.raises(ServiceError) as err:
        admin.db_init(empty_db.su, "first", "first-pass-1")
    assert err.value.code == "conflict"


def test_group_tree_of_any_depth_and_moves_keep_paths(org_db):
    engine = make_engine(org_db.su, pool_size=1)
    try:
        with engine.begin() as conn:
            from sqlalchemy.orm import Session

            with Session(bind=conn) as s:
                deep = "/".join(["总部", *[f"层{i}" for i in range(1, 30)]])
                leaf = admin.ensure_group_path(s, deep)
                assert s.execute(text("select smsdesk.group_path(:g)"), {"g": leaf}).scalar() == deep
                assert (
                    s.execute(
                        text("select cardinality(id_path) from smsdesk.user_group where id=:g"), {"g": leaf}
                    ).scalar()
                    == 30
                )
                # a group cannot move into its own subtree
                top = admin.find_group(s, "总部/层1")
                with pytest.raises(Exception, match="own subtree"):
                    s.execute(
                        text("update smsdesk.user_group set parent_id = :leaf where id = :top"),
                        {"leaf": leaf, "top": top},
                    )
    finally:
        engine.dispose()


def test_group_names_with_slash_are_refused(org_db):
    from smsdesk.services.errors import ServiceError

    engine = make_engine(org_db.su, pool_size=1)
    try:
        with engine.begin() as conn:
            from sqlalchemy.orm import Session

            with Session(bind=conn) as s:
                root = admin.find_group(s, "总部")
                from smsdesk.services.errors import translate_db_errors
                from smsdesk.store.repositories import GroupRepository

                with pytest.raises(ServiceError) as err, translate_db_errors():
                    GroupRepository(s).create(root, "a/b")
                assert err.value.code == "invalid"
    finally:
        engine.dispose()
