"""The reports' bench data: an organisation and N messages over 13 months, written fast into the raw tables and
kept between runs in a database of its own, so the reports bench and the charts bench measure the same rows.

    from tests.bench._reports_data import reports_database
    with reports_database(messages=10_000_000) as (user_target, su_target): ...

The database (``smsdesk_reports_bench`` on the server of SMSDESK_TEST_DATABASE_URL, else the machine's
PostgreSQL at 127.0.0.1:5432) carries a version marker in its comment: the generator's version, the number of
messages and whether the rollups were rebuilt. A database whose marker matches is reused (upgraded to the current
schema first, and its rollups rebuilt once the rollup table exists, or when a revision brought rollups the upgrade
left empty); any other is dropped and generated again.
``python -m tests.bench._reports_data --messages N [--fresh]`` generates or checks it and prints what it holds.

What it holds (the issue's figures): 50 users in a three-level tree (the top group, 3 regions, 6 teams; 1 + 3
administrators, 3 reviewers, 43 operators), 4 kinds, 3 channels, 4 carriers, the 7 failure categories, 20 approved
templates, tasks of realistic sizes per kind (verification codes a few at a time, marketing in thousands) at
volumes by hour (Beijing time) and weekday growing over the 13 months, a failure mix by carrier, channel and kind,
and 2% of delivered messages answered (opt-outs among the marketing replies). Tasks, messages and replies are
generated in slices with numpy and COPYed; each submitted message's parts and receipts are then derived from it in
the server (one INSERT … SELECT each); the secondary indexes are dropped before the load and built after it, and
row triggers are off during it (session_replication_role = replica), so nothing but the rebuild writes rollups:
``generate`` rebuilds them from the raw rows with the rollup rebuild function when the schema has one.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for entry in (str(ROOT / "desktop"), str(ROOT)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402

from smsdesk import settings  # noqa: E402
from smsdesk.services import admin  # noqa: E402
from smsdesk.settings import DatabaseTarget  # noqa: E402
from smsdesk.store.database import make_engine, session_factory, unit_of_work  # noqa: E402

VERSION = "reports-data-1"
DBNAME = "smsdesk_reports_bench"
DEFAULT_MESSAGES = 10_000_000
MONTHS = 13
ADMIN_PASSWORD = "bench-admin-1"
USER_PASSWORD = "bench-user-1"
SEED = 20261207

ROOT_GROUP = "总部"
TEAMS = {"华东": ("上海", "杭州"), "华南": ("广州", "深圳"), "华北": ("北京", "天津")}
KINDS = ("verification", "notification", "marketing", "alert")
# share of the messages, and the log-normal size of a task (median, sigma) per kind
KIND_SHARE = {"verification": 0.25, "notification": 0.35, "marketing": 0.30, "alert": 0.10}
TASK_SIZE = {"verification": (6, 1.2), "notification": (120, 1.3), "marketing": (900, 1.1), "alert": (20, 1.0)}
SEGMENTS = {"verification": (1,), "notification": (1, 1, 2), "marketing": (2, 2, 3), "alert": (1,)}
HOURLY = (1, 0.5, 0.3, 0.3, 0.3, 0.5, 1, 3, 6, 10, 12, 11, 7, 6, 9, 10, 9, 7, 5, 4, 3, 2, 1.5, 1)
WEEKDAY = (1.0, 1.05, 1.0, 1.0, 1.1, 0.55, 0.45)
CARRIERS = ("China Mobile", "China Unicom", "China Telecom", "China Broadnet")
CARRIER_SHARE = (0.55, 0.24, 0.18, 0.03)
PREFIXES = {
    "China Mobile": (134, 135, 136, 137, 138, 139, 150, 151, 152, 157, 158, 159, 182, 183, 187, 188, 198),
    "China Unicom": (130, 131, 132, 155, 156, 166, 185, 186),
    "China Telecom": (133, 153, 180, 181, 189, 199),
    "China Broadnet": (192,),
}
CHANNELS = ("移动直连", "联通电信通道", "备用通道")
# failure rate per carrier after submit, on the main channel; the backup fails 1.5 times as often
FAIL_RATE = (0.025, 0.04, 0.055, 0.08)
CATEGORIES = ("timeout", "content_blocked", "invalid_number", "blacklisted", "quota", "gateway_error", "other")
# after-submit failure mix per carrier (timeout, invalid_number, gateway_error, other); the rest fail before submit
AFTER_MIX = ((0.35, 0.40, 0.12, 0.13), (0.35, 0.33, 0.18, 0.14), (0.45, 0.28, 0.17, 0.10), (0.30, 0.30, 0.30, 0.10))
AFTER_CODES = {"timeout": ("EXPIRED", "027"), "invalid_number": ("UNDELIV", "001"),
               "gateway_error": ("UNDELIV", "034"), "other": ("UNKNOWN", "036")}  # fmt: skip
BEFORE_RATE = {"blacklisted": 0.004, "content_blocked": 0.0015, "quota": 0.0005}
BEFORE_CODES = {"blacklisted": "blacklisted", "content_blocked": "content_blocked", "quota": "quota"}
REPLY_RATE = 0.02
REPLIES = {
    "marketing": (("T", True), ("退订", True), ("TD", True), ("好的", False), ("怎么参加？", False), ("不需要", False)),
    "other": (("好的", False), ("收到", False), ("谢谢", False), ("已处理", False), ("请回电", False)),
}
CUSTOMERS = 3_000_000
SLICE = 400_000
TEMPLATES = {
    "verification": ("登录验证码", "您的登录验证码为【验证码】，5分钟内有效，请勿泄露。"),
    "notification": ("续保提醒", "尊敬的【姓名】，您的保单【保单号】将于【日期】到期，请及时续保。"),
    "marketing": ("会员活动", "【姓名】您好，会员专享本周末全场满300减50，到店出示短信即可。"),
    "alert": ("系统告警", "监控告警：【系统】响应超时，请值班工程师立即处理。"),
}
FREE_TEXT = {
    "verification": "您的验证码为{n}，10分钟内有效。",
    "notification": "您的快递已到达{n}号柜，请凭取件码取件，详询4008-123-456。",
    "marketing": "双十二大促：全场五折起，第{n}期会员日另享满减，回T退订。",
    "alert": "告警：{n}号服务器磁盘使用率超过90%，请及时处理。",
}
SIGNATURE = "总部"


def server_target() -> DatabaseTarget:
    url = os.environ.get("SMSDESK_TEST_DATABASE_URL") or "postgresql://root@127.0.0.1:5432/postgres"
    return settings.parse_url(url, "bench")


def _targets(dbname: str) -> tuple[DatabaseTarget, DatabaseTarget]:
    su = server_target()
    su_db = DatabaseTarget("bench", host=su.host, port=su.port, dbname=dbname, user=su.user, password=su.password,
                           options=dict(su.options))  # fmt: skip
    return DatabaseTarget("bench", host=su.host, port=su.port, dbname=dbname, options=dict(su.options)), su_db


def _connect(target: DatabaseTarget, **kw) -> psycopg.Connection:
    return psycopg.connect(**target.conninfo(), **kw)


def marker(su_db: DatabaseTarget) -> dict | None:
    """The marker of an existing bench database, or None when there is none (or it is not ours)."""
    postgres = DatabaseTarget("bench", host=su_db.host, port=su_db.port, dbname="postgres", user=su_db.user,
                              password=su_db.password, options=dict(su_db.options))  # fmt: skip
    with _connect(postgres, autocommit=True) as conn:
        row = conn.execute(
            "select shobj_description(oid, 'pg_database') from pg_database where datname = %s", (su_db.dbname,)
        ).fetchone()
    if row is None:
        return None
    try:
        found = json.loads(row[0] or "")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _set_marker(conn: psycopg.Connection, value: dict) -> None:
    conn.execute(sql.SQL("comment on database {} is {}").format(
        sql.Identifier(conn.info.dbname), sql.Literal(json.dumps(value, sort_keys=True))))


def drop(su_db: DatabaseTarget) -> None:
    postgres = DatabaseTarget("bench", host=su_db.host, port=su_db.port, dbname="postgres", user=su_db.user,
                              password=su_db.password, options=dict(su_db.options))  # fmt: skip
    with _connect(postgres, autocommit=True) as conn:
        exists = conn.execute("select 1 from pg_database where datname = %s", (su_db.dbname,)).fetchone()
        conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(su_db.dbname)))
    if exists:
        admin.drop_roles(su_db)


@contextmanager
def reports_database(messages: int = DEFAULT_MESSAGES, *, dbname: str = DBNAME, fresh: bool = False,
                     log=print) -> Iterator[tuple[DatabaseTarget, DatabaseTarget]]:  # fmt: skip
    """Yields (address for signing in, superuser address) of the bench database with ``messages`` messages,
    generating it when missing or stale, and leaves it in place afterwards."""
    yield ensure(messages, dbname=dbname, fresh=fresh, log=log)


def ensure(messages: int = DEFAULT_MESSAGES, *, dbname: str = DBNAME, fresh: bool = False,
           log=print) -> tuple[DatabaseTarget, DatabaseTarget]:  # fmt: skip
    user_db, su_db = _targets(dbname)
    found = None if fresh else marker(su_db)
    if found and found.get("version") == VERSION and found.get("messages") == messages and found.get("complete"):
        log(f"reports data: reusing {dbname} ({messages:,} messages, generated {found.get('generated_at')})")
        status = admin.db_upgrade(su_db)  # another revision may have landed since it was generated
        log(f"reports data: schema at {status.current}")
        with _connect(su_db, autocommit=True) as conn:
            if not found.get("rollups") and rebuild_function(conn) and conn.execute(
                    "select exists (select 1 from smsdesk.stat_hour)").fetchone()[0]:
                # the revision that brought the rollups counted the rows already there (from the raw rows)
                log("reports data: rollups counted by the upgrade")
                _set_marker(conn, {**found, "rollups": True})
            elif not found.get("rollups") and rebuild_rollups(conn, log=log):
                _set_marker(conn, {**found, "rollups": True})
            elif found.get("rollups") and rollups_behind(conn):
                # a revision brought rollups that the upgrade left empty: count them from the raw rows once
                log(f"reports data: rollups {', '.join(rollups_behind(conn))} empty: rebuilding")
                rebuild_rollups(conn, log=log)
        return user_db, su_db
    drop(su_db)
    generate(su_db, messages, log=log)
    return user_db, su_db


ROLLUPS = ("stat_day", "stat_day_wide", "stat_month_wide", "stat_hour_kind")


def rollups_behind(conn: psycopg.Connection) -> list[str]:
    """The rollups of the schema (besides stat_hour) that hold nothing while stat_hour holds rows."""
    if conn.execute("select to_regclass('smsdesk.stat_hour') is null").fetchone()[0]:
        return []
    if not conn.execute("select exists (select 1 from smsdesk.stat_hour)").fetchone()[0]:
        return []
    empty = []
    for table in ROLLUPS:
        if conn.execute("select to_regclass(%s) is not null", (f"smsdesk.{table}",)).fetchone()[0] and not \
                conn.execute(sql.SQL("select exists (select 1 from smsdesk.{})").format(sql.Identifier(table))
                             ).fetchone()[0]:
            empty.append(table)
    return empty


# ---------------------------------------------------------------------------------------------------------------
# the organisation


@dataclass
class Org:
    users: list[tuple[int, int, str]]  # (user id, group id, login) of everyone who sends
    weights: np.ndarray  # how much each of them sends
    channels: list[int]
    templates: dict[str, list[tuple[int, str]]]  # kind -> [(id, content)]


def _organisation(su_db: DatabaseTarget) -> Org:
    admin.db_init(su_db, "boss", ADMIN_PASSWORD, root_group=ROOT_GROUP)
    engine = make_engine(su_db, pool_size=1)
    try:
        factory = session_factory(engine)
        with unit_of_work(factory) as session:
            for region, teams in TEAMS.items():
                admin.ensure_group_path(session, f"{ROOT_GROUP}/{region}")
                admin.create_user(session, login=f"admin-{_latin(region)}", password=USER_PASSWORD,
                                  group_path=f"{ROOT_GROUP}/{region}", admin=True, reviewer=True)  # fmt: skip
                admin.create_user(session, login=f"reviewer-{_latin(region)}", password=USER_PASSWORD,
                                  group_path=f"{ROOT_GROUP}/{region}", reviewer=True)  # fmt: skip
                for team in teams:
                    admin.ensure_group_path(session, f"{ROOT_GROUP}/{region}/{team}")
            teams = [(region, team) for region, names in TEAMS.items() for team in names]
            for n in range(43):
                region, team = teams[n % len(teams)]
                admin.create_user(session, login=f"op{n + 1:02d}", password=USER_PASSWORD,
                                  group_path=f"{ROOT_GROUP}/{region}/{team}")  # fmt: skip
    finally:
        engine.dispose()
    with _connect(su_db, autocommit=True) as conn:
        users = conn.execute(
            "select id, group_id, login from smsdesk.app_user where login <> 'boss' or true order by id"
        ).fetchall()
        boss = next(u for u in users if u[2] == "boss")
        channels = []
        for n, name in enumerate(CHANNELS):
            channels.append(conn.execute(
                "insert into smsdesk.channel (name, host, port, system_id, password, tps) "
                "values (%s, %s, %s, %s, '', %s) returning id",
                (name, f"smsc{n + 1}.example.net", 2775, f"bench{n + 1}", 500),
            ).fetchone()[0])  # fmt: skip
        templates: dict[str, list[tuple[int, str]]] = {k: [] for k in KINDS}
        for kind in KINDS:
            title, content = TEMPLATES[kind]
            for n in range(5):
                body = content if n == 0 else content.replace("，", f"（{n}），", 1)
                tid = conn.execute(
                    "insert into smsdesk.message_template (name, kind, content, variables, group_id, owner_id, "
                    "is_public, status, reviewer_id, reviewed_at) values (%s, %s, %s, %s, %s, %s, true, 'approved', "
                    "%s, now()) returning id",
                    (f"{title}{n + 1}", kind, body, _variables(body), boss[1], boss[0], boss[0]),
                ).fetchone()[0]
                templates[kind].append((tid, body))
    rng = np.random.default_rng(SEED)
    weights = rng.pareto(1.5, len(users)) + 0.2  # a few heavy senders, many light ones
    return Org(users=[tuple(u) for u in users], weights=weights / weights.sum(), channels=channels,
               templates=templates)  # fmt: skip


def _latin(region: str) -> str:
    return {"华东": "east", "华南": "south", "华北": "north"}[region]


def _variables(content: str) -> list[str]:
    out, rest = [], content
    while "【" in rest and "】" in rest.split("【", 1)[1]:
        name, rest = rest.split("【", 1)[1].split("】", 1)
        out.append(name)
    return out


# ---------------------------------------------------------------------------------------------------------------
# the generation


def generate(su_db: DatabaseTarget, messages: int, *, months: int = MONTHS, end: datetime | None = None,
             log=print) -> None:  # fmt: skip
    """Creates the database, its organisation and ``messages`` messages in the ``months`` before ``end``."""
    started = time.monotonic()
    org = _organisation(su_db)
    log(f"reports data: organisation of {len(org.users)} users ({time.monotonic() - started:.1f} s)")
    end = (end or datetime.now(UTC)).replace(microsecond=0)
    start = _months_before(end, months)
    with _connect(su_db, autocommit=True) as conn:
        conn.execute("set session_replication_role = replica")
        conn.execute("set maintenance_work_mem = '512MB'")
        conn.execute("set synchronous_commit = off")
        conn.execute("set timezone = 'UTC'")
        indexes = _drop_indexes(conn)
        tasks = _tasks(org, messages, start, end)
        _copy_tasks(conn, org, tasks)
        if conn.execute("select to_regprocedure('smsdesk.task_prices(text, timestamptz)')").fetchone()[0]:
            # the prices in force when each task was submitted, as task_queue records them (the rollups' money)
            conn.execute("update smsdesk.send_task set prices = smsdesk.task_prices(kind, created_at)")
        log(f"reports data: {len(tasks['id']):,} tasks ({time.monotonic() - started:.1f} s)")
        replies = _copy_messages(conn, org, tasks, log=log, started=started)
        _copy_replies(conn, replies)
        log(f"reports data: {messages:,} messages, {len(replies['number']):,} replies "
            f"({time.monotonic() - started:.1f} s)")  # fmt: skip
        _derive_parts_and_receipts(conn)
        log(f"reports data: parts and receipts ({time.monotonic() - started:.1f} s)")
        conn.execute("set session_replication_role = origin")
        for statement in indexes:
            conn.execute(statement)
        log(f"reports data: indexes built again ({time.monotonic() - started:.1f} s)")
        for table in ("send_task", "message", "receipt", "inbound_reply"):
            conn.execute(sql.SQL("select setval(pg_get_serial_sequence(%s, 'id'), (select max(id) from {}))").format(
                sql.Identifier("smsdesk", table)), (f"smsdesk.{table}",))
        for table in ("send_task", "message", "message_part", "receipt", "inbound_reply"):
            conn.execute(sql.SQL("vacuum (analyze) {}").format(sql.Identifier("smsdesk", table)))
        log(f"reports data: vacuumed and analysed ({time.monotonic() - started:.1f} s)")
        mark = {"version": VERSION, "messages": messages, "generated_at": end.isoformat(), "start": start.isoformat(),
                "complete": True, "rollups": False}  # fmt: skip
        mark["rollups"] = rebuild_rollups(conn, start=start, end=end, log=log)
        _set_marker(conn, mark)
    log(f"reports data: ready in {time.monotonic() - started:.1f} s")


def _months_before(moment: datetime, months: int) -> datetime:
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    return moment.replace(year=year, month=month + 1, day=min(moment.day, 28))


def _drop_indexes(conn: psycopg.Connection) -> list[str]:
    """Drops the secondary indexes of the bulk-loaded tables (not the constraints'); returns their definitions."""
    rows = conn.execute(
        """select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
             from pg_index i join pg_class c on c.oid = i.indrelid
            where c.relnamespace = 'smsdesk'::regnamespace
              and c.relname in ('send_task', 'message', 'message_part', 'receipt', 'inbound_reply')
              and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)"""
    ).fetchall()
    for name, _ in rows:
        conn.execute(f"drop index {name}")
    return [definition for _, definition in rows]


def _tasks(org: Org, messages: int, start: datetime, end: datetime) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(SEED + 1)
    kinds, sizes = [], []
    for k, kind in enumerate(KINDS):
        want = int(messages * KIND_SHARE[kind])
        median, sigma = TASK_SIZE[kind]
        drawn = np.maximum(1, rng.lognormal(np.log(median), sigma, int(want / (median * np.exp(sigma**2 / 2))) + 10))
        drawn = np.minimum(drawn.astype(np.int64), 200_000)
        total = np.cumsum(drawn)
        n = int(np.searchsorted(total, want)) + 1
        drawn = drawn[:n]
        drawn[-1] -= int(drawn.sum() - want)
        drawn = drawn[drawn > 0]
        kinds.append(np.full(len(drawn), k, dtype=np.int8))
        sizes.append(drawn)
    kind = np.concatenate(kinds)
    size = np.concatenate(sizes)
    size[-1] += messages - int(size.sum())
    count = len(size)
    # the day: weekday pattern and 40% growth over the range; the hour by HOURLY in Beijing time
    days = int((end - start).total_seconds() // 86400)
    day0 = start.replace(hour=0, minute=0, second=0)
    weekday = np.array([WEEKDAY[(day0 + timedelta(days=d)).weekday()] for d in range(days)])
    weights = weekday * np.linspace(0.8, 1.2, days)
    day = rng.choice(days, count, p=weights / weights.sum())
    hourly = np.array(HOURLY)
    office = hourly.copy()
    office[:8] = 0
    office[20:] = 0
    hour = np.where(kind == 2, rng.choice(24, count, p=office / office.sum()),
                    rng.choice(24, count, p=hourly / hourly.sum()))  # fmt: skip
    send_at = (day0.timestamp() + day * 86400.0 + (hour - 8) * 3600.0 + rng.uniform(0, 3600, count))
    send_at = np.where(send_at < start.timestamp(), send_at + 86400.0, send_at)  # the first day's early hours
    send_at = np.minimum(send_at, end.timestamp() - 3600 - size / 200.0)
    order = np.argsort(send_at, kind="stable")
    kind, size, send_at = kind[order], size[order], send_at[order]
    user = rng.choice(len(org.users), count, p=org.weights)
    templated = rng.random(count) < 0.4
    template_no = rng.integers(0, 5, count)
    segments = np.array([rng.choice(SEGMENTS[KINDS[k]]) for k in kind], dtype=np.int16)
    status = np.where(rng.random(count) < 0.01, "cancelled", "finished")
    return {"id": np.arange(1, count + 1), "kind": kind, "size": size, "send_at": send_at, "user": user,
            "templated": templated, "template_no": template_no, "segments": segments, "status": status}  # fmt: skip


def _ts(seconds: np.ndarray) -> np.ndarray:
    """Epoch seconds (NaN: NULL) as COPY text in UTC."""
    micros = np.nan_to_num(seconds * 1e6, nan=0).astype("int64").astype("datetime64[us]")
    text = np.datetime_as_string(micros, unit="ms")
    return np.where(np.isnan(seconds), r"\N", text)


def _copy(conn: psycopg.Connection, table: str, frame: pd.DataFrame) -> None:
    buffer = io.StringIO()
    frame.to_csv(buffer, sep="\t", header=False, index=False, na_rep=r"\N", quoting=3, escapechar=None)
    columns = sql.SQL(", ").join(sql.Identifier(c) for c in frame.columns)
    with conn.cursor().copy(sql.SQL("copy smsdesk.{} ({}) from stdin").format(sql.Identifier(table), columns)) as cp:
        cp.write(buffer.getvalue().encode())


def _copy_tasks(conn: psycopg.Connection, org: Org, t: dict[str, np.ndarray]) -> None:
    import uuid

    rng = np.random.default_rng(SEED + 2)
    names, contents, template_ids = [], [], []
    for k, templated, no, send_at in zip(t["kind"], t["templated"], t["template_no"], t["send_at"], strict=True):
        kind = KINDS[k]
        when = datetime.fromtimestamp(send_at, UTC) + timedelta(hours=8)
        if templated:
            tid, content = org.templates[kind][no]
            template_ids.append(str(tid))
        else:
            content = FREE_TEXT[kind].format(n=int(rng.integers(1, 99)))
            template_ids.append(r"\N")
        contents.append(content)
        names.append(f"{TEMPLATES[kind][0]} {when:%m-%d %H:%M}")
    users = np.array([u[0] for u in org.users])[t["user"]]
    groups = np.array([u[1] for u in org.users])[t["user"]]
    size = t["size"]
    seg = t["segments"].astype(np.int64)
    frame = pd.DataFrame({
        "id": t["id"], "task_key": [str(uuid.UUID(int=int(x) + (SEED << 64))) for x in t["id"]],
        "owner_id": users, "group_id": groups, "name": names, "kind": [KINDS[k] for k in t["kind"]],
        "signature": SIGNATURE, "content": contents,
        "opt_out": np.where(t["kind"] == 2, "回T退订", r"\N"), "template_id": template_ids, "status": t["status"],
        "send_at": _ts(t["send_at"]), "recipient_count": size, "segments_per_message": seg,
        "reserved": size * seg, "charged": 0, "refunded": 0,
        "created_at": _ts(t["send_at"] - 120), "updated_at": _ts(t["send_at"] + size / 200.0 + 600),
        "started_at": _ts(t["send_at"]), "finished_at": _ts(t["send_at"] + size / 200.0 + 600),
    })  # fmt: skip
    _copy(conn, "send_task", frame)


def _copy_messages(conn: psycopg.Connection, org: Org, t: dict[str, np.ndarray], *, log, started: float) -> dict:
    """Every task's messages, a slice of tasks at a time; returns the replies to write."""
    rng = np.random.default_rng(SEED + 3)
    prefixes = [np.array(PREFIXES[c]) for c in CARRIERS]
    channel_ids = np.array(org.channels)
    first_id = 1
    replies: dict[str, list] = {k: [] for k in ("number", "text", "message_id", "task_id", "owner_id", "group_id",
                                                "kind", "opt_out", "received_at", "channel_id")}  # fmt: skip
    bounds = np.cumsum(t["size"])
    task_starts = np.concatenate([[0], bounds[:-1]])
    lo = 0
    users = np.array([u[0] for u in org.users])
    groups = np.array([u[1] for u in org.users])
    tally = {"delivered": 0, "failed": 0, "expired": 0, "cancelled": 0}
    while lo < len(t["size"]):
        hi = int(np.searchsorted(bounds, bounds[lo] - t["size"][lo] + SLICE, side="right"))
        hi = max(hi, lo + 1)
        sizes = t["size"][lo:hi]
        n = int(sizes.sum())
        task_index = np.repeat(np.arange(lo, hi), sizes)
        position = np.arange(n) - np.repeat(task_starts[lo:hi] - task_starts[lo], sizes)
        kind = t["kind"][task_index]
        segments = t["segments"][task_index]
        customer = np.minimum((rng.pareto(1.2, n) * 50_000).astype(np.int64), CUSTOMERS - 1)
        carrier = np.searchsorted(np.cumsum(CARRIER_SHARE), (customer * 2654435761 % 1000) / 1000.0, side="right")
        carrier = np.minimum(carrier, len(CARRIERS) - 1)
        prefix = np.zeros(n, dtype=np.int64)
        for c in range(len(CARRIERS)):
            where = carrier == c
            prefix[where] = prefixes[c][customer[where] % len(prefixes[c])]
        digits = prefix * 100_000_000 + (customer * 40503 + 12345) % 100_000_000
        number = pd.Series(digits).astype(str).radd("+86").to_numpy()
        # the channel: mobile goes to the direct channel, the others to the second; 6% through the backup
        channel = np.where(carrier == 0, 0, 1)
        channel = np.where(rng.random(n) < 0.06, 2, channel)
        sent_at = t["send_at"][task_index] + position / 200.0 + rng.random(n)
        u = rng.random(n)
        status = np.full(n, "delivered", dtype=object)
        category = np.full(n, None, dtype=object)
        error = np.full(n, None, dtype=object)
        before = np.zeros(n, dtype=bool)
        edge = 0.0
        for name, rate in BEFORE_RATE.items():
            hit = (u >= edge) & (u < edge + rate)
            status[hit], category[hit], error[hit], before[hit] = "failed", name, BEFORE_CODES[name], True
            edge += rate
        fail_rate = np.array(FAIL_RATE)[carrier] * np.where(channel == 2, 1.5, 1.0) * np.where(kind == 2, 1.4, 1.0)
        after = (u >= edge) & (u < edge + fail_rate)
        mix = np.cumsum(np.array(AFTER_MIX), axis=1)[carrier]
        pick = (mix < rng.random(n)[:, None]).sum(axis=1)
        for p, name in enumerate(("timeout", "invalid_number", "gateway_error", "other")):
            hit = after & (pick == p)
            status[hit], category[hit], error[hit] = "failed", name, ":".join(AFTER_CODES[name])
        ended = rng.random(n)
        status[(ended < 0.002) & ~before & ~after] = "expired"
        cancelled_task = t["status"][task_index] == "cancelled"
        status[cancelled_task & (position > t["size"][task_index] // 2) & (status == "delivered")] = "cancelled"
        never_sent = before | (status == "expired") | (status == "cancelled")
        latency = np.where(category == "timeout", rng.uniform(600, 172800, n),
                           np.minimum(rng.lognormal(1.3, 0.9, n), 3000.0))  # fmt: skip
        submitted = np.where(never_sent, np.nan, sent_at)
        done = np.where(never_sent, sent_at, sent_at + latency)
        ids = np.arange(first_id, first_id + n)
        base = (ids * 2654435761 + 0xA0000000000) % 0xFFFFFFFFFFF + 0xA0000000000
        hexes = pd.Series(base).map("{:x}".format)
        smsc = hexes.radd("{").add("1")
        for part in (2, 3):
            smsc = smsc.where(segments < part, smsc + "," + hexes + str(part))
        smsc = (smsc + "}").where(~never_sent, r"\N")
        full = (1 << segments.astype(np.int64)) - 1
        frame = pd.DataFrame({
            "id": ids, "task_id": t["id"][task_index], "number": number, "carrier": np.array(CARRIERS)[carrier],
            "body": _bodies(rng, kind, t["templated"][task_index], t["template_no"][task_index], org),
            "segments": segments, "status": status, "attempts": np.where(never_sent, 0, 1),
            "channel_id": np.where(before | (status == "expired") | (status == "cancelled"), -1,
                                   channel_ids[channel]).astype(object),
            "smsc_ids": smsc, "submitted_at": _ts(submitted), "done_at": _ts(done), "error_code": error,
            "failure_category": category, "duplicate_suspect": "f",
            "parts_done": np.where(never_sent, 0, full), "parts_ok": np.where(status == "delivered", full, 0),
        })  # fmt: skip
        frame.loc[frame["channel_id"] == -1, "channel_id"] = None
        _copy(conn, "message", frame)
        for name in tally:
            tally[name] += int((status == name).sum())
        # replies: 2% of the delivered, opt-outs among marketing's
        answered = (status == "delivered") & (rng.random(n) < REPLY_RATE)
        for i in np.flatnonzero(answered):
            k = int(kind[i])
            pool = REPLIES["marketing" if k == 2 else "other"]
            reply, opt_out = pool[int(rng.integers(len(pool)))]
            ti = task_index[i]
            replies["number"].append(number[i])
            replies["text"].append(reply)
            replies["message_id"].append(int(ids[i]))
            replies["task_id"].append(int(t["id"][ti]))
            replies["owner_id"].append(int(users[t["user"][ti]]))
            replies["group_id"].append(int(groups[t["user"][ti]]))
            replies["kind"].append(KINDS[k])
            replies["opt_out"].append("t" if opt_out else "f")
            replies["received_at"].append(float(done[i] + rng.uniform(30, 14400)))
            replies["channel_id"].append(int(channel_ids[channel[i]]))
        _settle(conn, t, lo, hi, task_index, status, segments)
        first_id += n
        lo = hi
        if lo == len(t["size"]) or (first_id // SLICE) % 5 == 0:
            log(f"reports data: {first_id - 1:,} messages ({time.monotonic() - started:.1f} s)")
    return replies


def _settle(conn, t, lo, hi, task_index, status, segments) -> None:
    """The tasks' counters and quota columns, as the dispatcher would have left them."""
    local = task_index - lo
    seg = segments.astype(np.int64)

    def count(*names: str, weights=None) -> np.ndarray:
        hit = np.isin(status, names)
        return np.bincount(local[hit], weights=None if weights is None else weights[hit], minlength=hi - lo)

    delivered, failed = count("delivered"), count("failed")
    frame = pd.DataFrame({
        "id": t["id"][lo:hi], "submitted": delivered + failed, "delivered": delivered, "failed": failed,
        "expired": count("expired"), "cancelled": count("cancelled"),
        "charged": count("delivered", weights=seg).astype(np.int64),
        "refunded": count("failed", "expired", "cancelled", weights=seg).astype(np.int64),
    })  # fmt: skip
    conn.execute("create temporary table if not exists settle (id bigint, submitted int, delivered int, failed int,"
                 " expired int, cancelled int, charged bigint, refunded bigint)")  # fmt: skip
    conn.execute("truncate settle")
    buffer = io.StringIO()
    frame.to_csv(buffer, sep="\t", header=False, index=False)
    with conn.cursor().copy("copy settle from stdin") as cp:
        cp.write(buffer.getvalue().encode())
    conn.execute(
        """update smsdesk.send_task t set submitted_count = s.submitted, delivered_count = s.delivered,
                  failed_count = s.failed, expired_count = s.expired, cancelled_count = s.cancelled,
                  charged = s.charged, refunded = s.refunded
             from settle s where t.id = s.id"""
    )


def _bodies(rng, kind, templated, template_no, org: Org) -> np.ndarray:
    """The personalised body of template sends (NULL: the task's content as it is)."""
    n = len(kind)
    out = np.full(n, None, dtype=object)
    code = rng.integers(100000, 999999, n)
    for k, name in enumerate(KINDS):
        for no, (_, content) in enumerate(org.templates[name]):
            where = templated & (kind == k) & (template_no == no)
            if not where.any():
                continue
            filled = (content.replace("【验证码】", "{c}").replace("【姓名】", "客户").replace("【保单号】", "P{c}")
                      .replace("【日期】", "12月31日").replace("【系统】", "交易系统"))  # fmt: skip
            head, _, tail = filled.partition("{c}")
            if "{c}" in filled:
                out[where] = (pd.Series(code[where]).astype(str).radd(f"【{SIGNATURE}】" + head) + tail).to_numpy()
            else:
                out[where] = f"【{SIGNATURE}】{filled}"
    return out


def _copy_replies(conn: psycopg.Connection, r: dict) -> None:
    if not r["number"]:
        return
    frame = pd.DataFrame(r)
    frame = frame.sort_values("received_at", kind="stable")
    frame["received_at"] = _ts(frame["received_at"].to_numpy())
    frame["dest_addr"] = "106900010001"
    _copy(conn, "inbound_reply", frame[["received_at", "channel_id", "number", "dest_addr", "text", "message_id",
                                        "task_id", "owner_id", "group_id", "kind", "opt_out"]])  # fmt: skip


def _derive_parts_and_receipts(conn: psycopg.Connection) -> None:
    """Each submitted message's accepted parts, and for each part the receipt that finished it."""
    conn.execute(
        """insert into smsdesk.message_part (channel_id, smsc_key, message_id, part_no, submitted_at, number)
           select m.channel_id, m.smsc_ids[p], m.id, p, m.submitted_at, m.number
             from smsdesk.message m cross join lateral generate_series(1, cardinality(m.smsc_ids)) p
            where m.smsc_ids is not null"""
    )
    conn.execute(
        """insert into smsdesk.receipt (received_at, channel_id, smsc_id, id_keys, stat, err, category, raw,
                                        message_id, task_id, part_no)
           select m.done_at, m.channel_id, m.smsc_ids[p], array[m.smsc_ids[p]], x.stat, x.err, m.failure_category,
                  format('id:%s sub:001 dlvrd:%s submit date:%s done date:%s stat:%s err:%s text:',
                         m.smsc_ids[p], case when x.stat = 'DELIVRD' then '001' else '000' end,
                         to_char(m.submitted_at at time zone 'Asia/Shanghai', 'YYMMDDHH24MI'),
                         to_char(m.done_at at time zone 'Asia/Shanghai', 'YYMMDDHH24MI'), x.stat, x.err),
                  m.id, m.task_id, p
             from smsdesk.message m cross join lateral generate_series(1, cardinality(m.smsc_ids)) p
             cross join lateral (select coalesce(split_part(m.error_code, ':', 1), 'DELIVRD') as stat,
                                        coalesce(split_part(m.error_code, ':', 2), '000') as err) x
            where m.smsc_ids is not null and m.status in ('delivered', 'failed')
            order by m.id, p"""
    )


# ---------------------------------------------------------------------------------------------------------------
# rollups


def rebuild_function(conn: psycopg.Connection) -> str | None:
    """The schema's rollup rebuild function (named ``stat_rebuild`` or ``rollup_rebuild``…), None before it exists."""
    row = conn.execute(
        """select p.oid::regprocedure::text from pg_proc p
            where p.pronamespace = 'smsdesk'::regnamespace and p.proname ~ '^(stat|rollup|report)s?_(hour_)?rebuild$'
            order by p.proname limit 1"""
    ).fetchone()
    return row[0] if row else None


def rebuild_rollups(conn: psycopg.Connection, *, start: datetime | None = None, end: datetime | None = None,
                    log=print) -> bool:  # fmt: skip
    """Rebuilds the rollups of the whole range from the raw rows; False when the schema has no rollups yet."""
    function = rebuild_function(conn)
    if function is None:
        log("reports data: no rollup rebuild function in this schema yet (rollups not built)")
        return False
    if start is None or end is None:
        row = conn.execute("select min(send_at), max(send_at) from smsdesk.send_task").fetchone()
        start, end = row[0], row[1] + timedelta(hours=1)
    began = time.monotonic()
    name = function.split("(", 1)[0]
    conn.execute(sql.SQL("select {}(%s, %s)").format(sql.SQL(name)), (start, end))
    for table in ("stat_hour", *ROLLUPS):  # every row was rewritten: the plans need their statistics again
        if conn.execute("select to_regclass(%s) is not null", (f"smsdesk.{table}",)).fetchone()[0]:
            conn.execute(sql.SQL("analyze smsdesk.{}").format(sql.Identifier(table)))
    log(f"reports data: rollups rebuilt with {function} in {time.monotonic() - began:.1f} s")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--messages", type=int, default=DEFAULT_MESSAGES)
    parser.add_argument("--dbname", default=DBNAME)
    parser.add_argument("--fresh", action="store_true", help="drop and generate even when the marker matches")
    parser.add_argument("--drop", action="store_true", help="drop the bench database and its roles")
    args = parser.parse_args(argv)
    if args.drop:
        drop(_targets(args.dbname)[1])
        return 0
    _, su_db = ensure(args.messages, dbname=args.dbname, fresh=args.fresh)
    with _connect(su_db) as conn:
        counts = conn.execute(
            "select (select count(*) from smsdesk.send_task), (select count(*) from smsdesk.message),"
            " (select count(*) from smsdesk.message_part), (select count(*) from smsdesk.receipt),"
            " (select count(*) from smsdesk.inbound_reply)"
        ).fetchone()
    print("tasks={} messages={} parts={} receipts={} replies={}".format(*counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
