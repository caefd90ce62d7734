"""Address books for the organisation of tests/db/conftest.py, and files to import."""

from __future__ import annotations

import csv
from pathlib import Path

from smsdesk.services import contacts, contacts_transfer
from smsdesk.store.database import make_engine, session_factory, unit_of_work

# login -> {group path: [(name, mobile), ...]}
BOOKS = {
    "east-op": {
        "客户/上海/VIP": [("张伟", "13800138000"), ("李娜", "13900139000"), ("王芳", "15000150000")],
        "客户/杭州": [("赵强", "13611112222"), ("坏号码", "12345")],
    },
    "sh-op": {"同事": [("陈静", "13712345678")]},
    "east-admin": {"合作伙伴": [("周杰", "18800001111")]},
    "east-reviewer": {"我的": [("吴敏", "18612340000")]},
    "south-op": {"华南客户": [("林涛", "13022223333"), ("张伟", "13800138000")]},
}


def user_id(db, login: str) -> int:
    with db.connect_su() as su:
        return su.execute("select id from smsdesk.app_user where login = %s", (login,)).fetchone()[0]


def group_id(db, login: str, path: str) -> int:
    with db.connect_su() as su:
        return su.execute(
            "select smsdesk.contact_group_ensure_path((select id from smsdesk.app_user where login = %s), %s)",
            (login, path),
        ).fetchone()[0]


def contact_id(db, name: str, login: str) -> int:
    with db.connect_su() as su:
        return su.execute(
            "select c.id from smsdesk.contact c join smsdesk.app_user u on u.id = c.owner_id "
            "where c.name = %s and u.login = %s",
            (name, login),
        ).fetchone()[0]


def seed_books(db, books: dict = BOOKS) -> None:
    """As the installation's owner (superuser), through the same functions the console uses."""
    engine = make_engine(db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            for login, groups in books.items():
                owner = _uid(s, login)
                for path, people in groups.items():
                    gid = contacts.ensure_group_path(s, owner, path)
                    rows = [{"name": n, "mobile": m} for n, m in people]
                    if rows:
                        contacts_transfer.load_rows(s, gid, rows, source="test")
    finally:
        engine.dispose()


def _uid(session, login: str) -> int:
    from smsdesk.store.repositories import UserRepository

    return UserRepository(session).by_login(login).id


def set_full_numbers(db, login: str, on: bool = True) -> None:
    with db.connect_su() as su:
        su.execute("update smsdesk.app_user set see_full_numbers = %s where login = %s", (on, login))


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list], *, sheet: str = "Sheet1", merge: str | None = None) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    if merge:
        ws.merge_cells(merge)
    book.save(path)
    return path


def count_in_group(db, gid: int) -> int:
    with db.connect_su() as su:
        return su.execute("select count(*) from smsdesk.contact where group_id = %s", (gid,)).fetchone()[0]
