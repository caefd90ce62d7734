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


def test_the_lean_submit_revision_goes_down_and_up_again_keeping_what_waits_to_go(empty_db):
    """Revision 0007 (the queue fed a slice at a time): a downgrade queues what the feed still owed, the old
    functions come back, and the upgrade after it runs clean."""
    admin.db_init(empty_db.su, "first", "first-pass-1")
    engine = make_engine(empty_db.su, pool_size=1)
    try:
        with engine.begin() as conn:
            task = conn.execute(
                text(
                    "INSERT INTO smsdesk.send_task (task_key, owner_id, group_id, name, kind, content, status, send_at,"
                    " recipient_count, segments_per_message, reserved) SELECT gen_random_uuid(), u.id, u.group_id,"
                    " 'x', 'notification', 'hi', 'queued', now(), 2, 1, 2 FROM smsdesk.app_user u RETURNING id"
                )
            ).scalar_one()
            conn.execute(
                text(
                    "INSERT INTO smsdesk.message (task_id, number, segments) VALUES (:t, '+8613800138000', 1),"
                    " (:t, '+8613900139000', 1)"
                ),
                {"t": task},
            )
            conn.execute(text("INSERT INTO smsdesk.task_feed (task_id, ready_at) VALUES (:t, now())"), {"t": task})
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0006")
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == "0006"
            assert (
                conn.execute(
                    text("SELECT count(*) FROM smsdesk.message_queue WHERE task_id = :t"), {"t": task}
                ).scalar()
                == 2
            )
            assert conn.execute(text("SELECT to_regclass('smsdesk.ix_message_number') IS NOT NULL")).scalar()
        with engine.begin() as conn:
            command.upgrade(migrate.alembic_config(conn), "head")
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            command.check(migrate.alembic_config(conn))
    finally:
        engine.dispose()
