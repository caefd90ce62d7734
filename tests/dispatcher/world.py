"""A sending world for dispatcher tests: an organisation with an operator and quota, channels, a dispatcher
login, the dispatcher itself (in the test's event loop, or as a real process to kill), and polling helpers.

Tests import the ``world`` fixture from here. Every wait polls the database with a generous deadline: other
work shares this machine, so nothing asserts on tight timings.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import pytest

from smsdesk.dispatcher.config import DispatcherSettings
from smsdesk.dispatcher.dispatcher import Dispatcher
from smsdesk.services import admin, channels, org, tasks
from smsdesk.settings import DatabaseTarget
from smsdesk.store import roles
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.db.conftest import ensure_signature

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
OPERATOR = "sender"
OPERATOR_PASSWORD = "sender-pass-1"
DISPATCHER_PASSWORD = "dispatcher-pass-1"
FINAL = ("delivered", "failed", "expired", "cancelled")
CONTENT = "您的验证码是123456，请勿泄露。"

# Quick timers for tests; production keeps the defaults of DispatcherSettings.
FAST = DispatcherSettings(
    name="test", control_interval_s=0.3, down_after_s=1.5, stall_after_s=2.0, failing_cooldown_s=60.0,
    dead_grace_s=2, idle_poll_s=0.1, reconnect_initial_s=0.2, reconnect_max_s=1.0, drain_timeout_s=3.0,
    db_retry_initial_s=0.2, db_retry_max_s=1.0, maintenance_full_every_s=5.0,
)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(DESKTOP), env.get("PYTHONPATH", "")]))
    return env


@dataclass
class World:
    db: Any  # tests.conftest.TestDatabase
    operator_id: int = 0
    dispatcher_role: str = ""
    processes: list[subprocess.Popen] = field(default_factory=list)

    # -- addresses -------------------------------------------------------------------------------------------
    @property
    def operator(self) -> DatabaseTarget:
        return self.db.target.with_login(roles.user_role(self.db.name, OPERATOR), OPERATOR_PASSWORD)

    @property
    def dispatcher_login(self) -> DatabaseTarget:
        return self.db.target.with_login(self.dispatcher_role, DISPATCHER_PASSWORD)

    # -- set-up as IT -----------------------------------------------------------------------------------------
    def admin(self, work) -> Any:
        engine = make_engine(self.db.su, pool_size=1)
        try:
            with unit_of_work(session_factory(engine)) as session:
                return work(session)
        finally:
            engine.dispose()

    def sql(self, statement: str, params: dict | None = None) -> list[tuple]:
        with psycopg.connect(**self.db.su.conninfo(), autocommit=True) as conn:
            cur = conn.execute(statement, params or {})
            return cur.fetchall() if cur.description else []

    def add_channel(self, name: str, port: int, **options: Any) -> int:
        options.setdefault("system_id", name[:15])
        options.setdefault("password", "pw")
        options.setdefault("retry_interval_s", 1)
        return self.admin(lambda s: channels.add_channel(s, name=name, host="127.0.0.1", port=port, **options))

    # -- as the operator --------------------------------------------------------------------------------------
    def queue(self, numbers: Sequence[str], *, kind: str = "notification", content: str = CONTENT,
              signature: str | None = "测试", **options: Any) -> int:
        engine = make_engine(self.operator, pool_size=1)
        try:
            with unit_of_work(session_factory(engine)) as session:
                return tasks.queue(session, name="test", kind=kind, content=content, signature=signature,
                                   numbers=numbers, **options)
        finally:
            engine.dispose()

    def ledger(self) -> org.QuotaLedger:
        return self.admin(lambda s: org.quota_ledger(s, self.operator_id))

    def task(self, task_id: int):
        return self.admin(lambda s: tasks.get(s, task_id))

    # -- the dispatcher ---------------------------------------------------------------------------------------
    def dispatcher(self, settings: DispatcherSettings = FAST, **changes: Any) -> Dispatcher:
        info = {**self.dispatcher_login.conninfo(), "application_name": "test-dispatcher"}
        if changes:
            from dataclasses import replace

            settings = replace(settings, **changes)

        async def connect() -> psycopg.AsyncConnection:
            return await psycopg.AsyncConnection.connect(**info, autocommit=True)

        return Dispatcher(connect, settings)

    def spawn_dispatcher(self, name: str = "proc", *extra: str, log: Path | None = None) -> subprocess.Popen:
        """A real dispatcher process (for kill -9)."""
        url = self.dispatcher_login.with_login(self.dispatcher_role, "").url(driver="postgresql")
        stderr = open(log, "a") if log else subprocess.DEVNULL  # noqa: SIM115 (the process owns it)
        proc = subprocess.Popen(
            [sys.executable, "-m", "smsdesk.dispatcher", "--db", url, "--name", name, "--password-stdin",
             "--message-log", "none", "--log-level", "INFO", *extra],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=stderr, text=True, env=child_env(),
        )
        assert proc.stdin is not None
        proc.stdin.write(DISPATCHER_PASSWORD + "\n")
        proc.stdin.close()
        self.processes.append(proc)
        return proc

    def counts(self, task_id: int) -> dict[str, int]:
        rows = self.sql("SELECT status, count(*) FROM smsdesk.message WHERE task_id = %(t)s GROUP BY 1", {"t": task_id})
        return {status: int(n) for status, n in rows}

    def wait_final(self, task_id: int, timeout: float = 60.0) -> dict[str, int]:
        deadline = time.monotonic() + timeout
        while True:
            counts = self.counts(task_id)
            if sum(counts.get(s, 0) for s in FINAL) == sum(counts.values()) or time.monotonic() > deadline:
                return counts
            time.sleep(0.2)

    async def await_final(self, task_id: int, timeout: float = 60.0) -> dict[str, int]:
        deadline = time.monotonic() + timeout
        while True:
            counts = await asyncio.to_thread(self.counts, task_id)
            if sum(counts.get(s, 0) for s in FINAL) == sum(counts.values()) or time.monotonic() > deadline:
                return counts
            await asyncio.sleep(0.2)

    async def await_sql(self, statement: str, params: dict | None = None, *, until, timeout: float = 30.0):
        """Polls a query until ``until(rows)`` holds; returns the rows (the last ones on timeout)."""
        deadline = time.monotonic() + timeout
        while True:
            rows = await asyncio.to_thread(self.sql, statement, params)
            if until(rows) or time.monotonic() > deadline:
                return rows
            await asyncio.sleep(0.2)

    def close(self) -> None:
        for proc in self.processes:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
        self.processes.clear()

    def reset(self) -> None:
        """Back to an organisation that never sent anything (tests of a module share one database)."""
        self.close()
        tables = ["send_task", "message", "message_queue", "message_lease", "message_part", "receipt", "inbound_reply",
                  "channel_event", "route_rule", "failure_map", "channel", "dispatcher_instance",
                  "blacklist_entry", "blacklist_batch", "blacklist_list", "sensitive_word", "stat_hour", "stat_day",
                  "stat_day_wide", "stat_month_wide", "stat_hour_kind", "stat_hour_delta"]
        if self.sql("SELECT to_regclass('smsdesk.blacklist_tail') IS NOT NULL")[0][0]:
            tables.append("blacklist_tail")  # the content library's index of entries by their last digits
        with psycopg.connect(**self.db.su.conninfo(), autocommit=True) as conn:
            # other sessions of the dispatcher login may still hold advisory locks: end them first
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                         (self.dispatcher_role,))
            failure_map = conn.execute("SELECT channel_id, source, code, category, transient, note "
                                       "FROM smsdesk.failure_map WHERE channel_id IS NULL").fetchall()
            conn.execute("TRUNCATE " + ", ".join(f"smsdesk.{t}" for t in tables) + " RESTART IDENTITY CASCADE")
            with conn.cursor().copy("COPY smsdesk.failure_map (channel_id, source, code, category, transient, note) "
                                    "FROM STDIN") as copy:
                for row in failure_map:
                    copy.write_row(row)
            conn.execute("DELETE FROM smsdesk.quota_movement WHERE account = 'used'")
            conn.execute("UPDATE smsdesk.app_user SET quota_used = 0")
            conn.execute("UPDATE smsdesk.installation SET settings = settings - 'quiet_hours' - 'opt_out_keywords'")


def numbers(count: int, start: int = 0) -> list[str]:
    return [f"+86138{start + i:08d}" for i in range(count)]


def build_world(db) -> World:
    world = World(db)

    def setup(session):
        admin.ensure_group_path(session, "总部/发送")
        admin.grant_group(session, "总部", 5_000_000)
        admin.grant_group(session, "总部/发送", 2_000_000)
        user_id, _ = admin.create_user(session, login=OPERATOR, password=OPERATOR_PASSWORD, group_path="总部/发送")
        admin.grant_user(session, OPERATOR, 1_000_000)
        role = channels.create_dispatcher_login(session, "tester", DISPATCHER_PASSWORD)
        return user_id, role

    world.operator_id, world.dispatcher_role = world.admin(setup)
    ensure_signature(db)  # the tasks' signature, 测试: the database sends only the library's
    return world


@pytest.fixture(scope="module")
def _module_world(shared_org_db) -> Iterator[World]:
    built = build_world(shared_org_db)
    try:
        yield built
    finally:
        built.close()


@pytest.fixture
def world(_module_world: World) -> Iterator[World]:
    """The module's world, as new: each test starts with no task, channel, receipt or reply."""
    _module_world.reset()
    try:
        yield _module_world
    finally:
        _module_world.close()


def run(coro, timeout: float = 90.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def running(dispatcher: Dispatcher):
    """Starts the dispatcher as a task; ``await stop(task)`` drains it."""
    return asyncio.get_running_loop().create_task(dispatcher.run())


async def stop(dispatcher: Dispatcher, task: asyncio.Task) -> None:
    dispatcher.stop()
    await asyncio.wait_for(task, 30)

