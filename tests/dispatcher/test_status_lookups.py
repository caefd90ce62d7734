"""Live status for number checks: the dispatcher's lookup worker against the simulator's status service over real
HTTP, the cache, back-off and giving up (429, HTTP 500, timeouts, malformed JSON, numbers missing from an answer),
a check cancelled half-way, and the HTTP JSON driver's field mapping."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time

import psycopg
import pytest

from smsdesk.dispatcher.status_lookups import StatusLookups
from smsdesk.gateways.status import HttpJsonProvider, ProviderConfig, ProviderError
from smsdesk.services import numbercheck
from smsdesk.simsc.status_service import StatusService, parse_mix, provider_json
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.dispatcher.world import DESKTOP, run

pytestmark = pytest.mark.db

NUMBERS = [f"139{i:08d}" for i in range(300)]


@pytest.fixture
def status_sim():
    """``start(*args)`` runs ``python -m smsdesk.simsc --status-port 0 ARGS`` and returns its status port."""
    procs = []
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(DESKTOP), env.get("PYTHONPATH", "")]))
    logs = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (closed after the simulators stop)

    def start(*args: str) -> int:
        proc = subprocess.Popen([sys.executable, "-m", "smsdesk.simsc", "--port", "0", "--status-port", "0",
                                 "--log-level", "WARNING", *args], stdout=subprocess.PIPE, stderr=logs, text=True,
                                env=env)
        procs.append(proc)
        proc.stdout.readline()
        line = proc.stdout.readline()
        assert "status_port=" in line, line
        return int(line.rsplit("status_port=", 1)[1])

    yield start
    for proc in procs:
        proc.terminate()
        proc.wait(10)
    logs.close()


def _clean(world) -> None:
    world.sql("TRUNCATE smsdesk.check_task, smsdesk.number_status, smsdesk.status_lookup CASCADE")


def _configure(world, provider: dict, cache_days: int = 30, max_attempts: int = 5) -> None:
    world.admin(lambda s: numbercheck.set_config(s, provider, cache_days, max_attempts))


def _check(world, numbers, **options) -> int:
    engine = make_engine(world.operator, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            draft = numbercheck.CheckDraft(typed=",".join(numbers), with_status=True, **options)
            return numbercheck.create(s, None, draft).task_id
    finally:
        engine.dispose()


def _task(world, task_id: int):
    return world.sql("SELECT status, pending, lookups FROM smsdesk.check_task WHERE id = %(t)s", {"t": task_id})[0]


def _statuses(world, task_id: int) -> dict[str, int]:
    rows = world.sql("SELECT status, count(*) FROM smsdesk.check_result WHERE task_id = %(t)s GROUP BY 1",
                     {"t": task_id})
    return {s: n for s, n in rows}


def _worker(world, **options) -> StatusLookups:
    info = {**world.dispatcher_login.conninfo(), "application_name": "test-status"}

    async def connect() -> psycopg.AsyncConnection:
        return await psycopg.AsyncConnection.connect(**info, autocommit=True)

    return StatusLookups(connect, idle_s=0.05, **options)


async def _until(world, task_id: int, state: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while _task(world, task_id)[0] != state:
        if time.monotonic() > deadline:
            raise AssertionError(f"check {task_id} is {_task(world, task_id)}, not {state}")
        await asyncio.sleep(0.1)


def _with_worker(world, coro_fn, timeout: float = 60.0):
    async def main():
        worker = _worker(world)
        stopping = asyncio.Event()
        task = asyncio.get_running_loop().create_task(worker.run(stopping))
        try:
            return await coro_fn(worker)
        finally:
            stopping.set()
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    return run(main(), timeout)


def test_statuses_come_back_and_are_cached_for_the_next_check(world, status_sim):
    _clean(world)
    port = status_sim("--status-mix", "empty=20,suspended=10,powered_off=10,active=60")
    _configure(world, provider_json(port, batch_size=100))
    first = _check(world, NUMBERS)
    assert _task(world, first)[:2] == ("checking", 300)

    async def body(worker):
        await _until(world, first, "done", 30)
        return worker.counters

    counters = _with_worker(world, body)
    got = _statuses(world, first)
    assert sum(got.values()) == 300 and set(got) <= {"empty", "suspended", "powered_off", "active"}
    assert got.get("active", 0) > got.get("empty", 0) > 0 and counters["looked_up"] == 300
    # the same answers the simulator gives, number by number
    sim = StatusService(mix=parse_mix("empty=20,suspended=10,powered_off=10,active=60"))
    rows = world.sql("SELECT shown, status FROM smsdesk.check_result WHERE task_id = %(t)s", {"t": first})
    assert all(status == sim.status_of(shown[3:]) for shown, status in rows)
    # within cache_days a second check takes them from the cache: nothing to look up, done at once
    second = _check(world, NUMBERS[:50])
    assert _task(world, second)[:2] == ("done", 0)
    assert sum(_statuses(world, second).values()) == 50 and "pending" not in _statuses(world, second)


@pytest.mark.parametrize("mode", ["429", "500", "malformed", "partial", "timeout"])
def test_a_failing_provider_is_retried_with_back_off_and_then_answers(world, status_sim, mode):
    _clean(world)
    port = status_sim("--status-fail-first", "1", "--status-fail-mode", mode)
    provider = provider_json(port, batch_size=20)
    provider["timeout_s"] = 1
    _configure(world, provider, max_attempts=5)
    task_id = _check(world, NUMBERS[:20])

    async def body(worker):
        await _until(world, task_id, "done", 40)
        return worker.counters

    counters = _with_worker(world, body)
    assert counters["retried"] >= (10 if mode == "partial" else 20) and counters["given_up"] == 0
    assert "pending" not in _statuses(world, task_id) and "unknown" not in _statuses(world, task_id)
    assert world.sql("SELECT count(*) FROM smsdesk.status_lookup")[0][0] == 0


def test_a_provider_that_keeps_failing_leaves_unknown_not_pending(world, status_sim):
    _clean(world)
    port = status_sim("--status-fail-first", "1000", "--status-fail-mode", "429")
    _configure(world, provider_json(port, batch_size=10), max_attempts=2)
    task_id = _check(world, NUMBERS[:10])

    async def body(worker):
        await _until(world, task_id, "done", 40)
        return worker.counters

    counters = _with_worker(world, body)
    assert _statuses(world, task_id) == {"unknown": 10} and counters["given_up"] == 10
    # given up is not cached: a later check asks again
    assert world.sql("SELECT count(*) FROM smsdesk.number_status")[0][0] == 0
    again = _check(world, NUMBERS[:10])
    assert _task(world, again)[:2] == ("checking", 10)


def test_a_check_cancelled_half_way_keeps_what_was_found(world, status_sim):
    _clean(world)
    port = status_sim()
    _configure(world, {**provider_json(port, batch_size=10), "rate_per_second": 20})
    task_id = _check(world, NUMBERS[:100])

    async def body(worker):
        deadline = time.monotonic() + 20
        while _task(world, task_id)[2] < 10:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.05)
        engine = make_engine(world.operator, pool_size=1)
        try:
            with unit_of_work(session_factory(engine)) as s:
                await asyncio.to_thread(lambda: None)
                numbercheck.cancel(s, task_id)
        finally:
            engine.dispose()
        await asyncio.sleep(1.0)

    _with_worker(world, body)
    status, pending, _lookups = _task(world, task_id)
    got = _statuses(world, task_id)
    assert status == "cancelled" and pending == 0 and "pending" not in got
    assert got.get("cancelled", 0) > 0 and sum(n for s, n in got.items() if s != "cancelled") >= 10
    assert world.sql("SELECT count(*) FROM smsdesk.status_lookup")[0][0] == 0


def test_the_http_driver_maps_a_vendors_fields_and_values():
    provider = HttpJsonProvider(ProviderConfig.from_json({
        "driver": "http", "url": "https://api.example.cn/check?m={numbers}&key=${SMSDESK_TEST_KEY}",
        "auth_header": "Authorization: Bearer ${SMSDESK_TEST_TOKEN}", "results": "result.list",
        "fields": {"number": "phone", "status": "state"}, "statuses": {"0": "empty", "1": "active", "2": "suspended"},
    }))
    os.environ["SMSDESK_TEST_KEY"], os.environ["SMSDESK_TEST_TOKEN"] = "k1", "t1"
    request = provider.request([8613800138000, 8613900139000])
    assert request.full_url == "https://api.example.cn/check?m=13800138000,13900139000&key=k1"
    assert request.get_header("Authorization") == "Bearer t1"
    answer = b'{"result": {"list": [{"phone": "13800138000", "state": "0"}, {"phone": "13900139000", "state": "9"}]}}'
    assert provider.parse(answer, [8613800138000, 8613900139000]) == {8613800138000: "empty", 8613900139000: "unknown"}
    for bad in (b"<html>busy</html>", b'{"result": {"list": "none"}}', b'{"result": {"list": [1]}}'):
        with pytest.raises(ProviderError):
            provider.parse(bad, [8613800138000])


def test_in_trial_mode_the_consoles_dispatcher_looks_statuses_up_at_the_simulator(world, tmp_path):
    from smsdesk.services.dispatch_host import DispatchHost

    _clean(world)
    _configure(world, {"driver": "none"})
    host = DispatchHost(world.db.target, name="console", superuser=world.db.su, simulator=True, log_dir=tmp_path)
    try:
        host.start()
        assert host.state() == "running", host.last_error
        provider = world.admin(numbercheck.config)["provider"]
        assert provider["driver"] == "simulator" and "/status?numbers={numbers}" in provider["url"]
        task_id = _check(world, NUMBERS[:40])
        deadline = time.monotonic() + 60
        while _task(world, task_id)[0] != "done":
            assert time.monotonic() < deadline, _task(world, task_id)
            time.sleep(0.2)
        assert sum(_statuses(world, task_id).values()) == 40 and "pending" not in _statuses(world, task_id)
    finally:
        host.stop()
    # an administrator's own provider is kept when the trial's simulator starts again
    _configure(world, {"driver": "http", "url": "https://status.example.cn/q?m={numbers}"})
    host = DispatchHost(world.db.target, name="console", superuser=world.db.su, simulator=True, log_dir=tmp_path)
    try:
        host.start()
        assert world.admin(numbercheck.config)["provider"]["driver"] == "http"
    finally:
        host.stop()


def test_a_priced_lookup_costs_the_price_lists_status_lookup_price(world, status_sim):
    from decimal import Decimal

    from smsdesk.services import report_rollups

    _clean(world)
    world.sql("DELETE FROM smsdesk.price_list WHERE kind = 'status_lookup'")
    world.admin(lambda s: report_rollups.set_price(s, "status_lookup", "", "0.012", None))
    port = status_sim("--status-mix", "active=100")
    _configure(world, provider_json(port, batch_size=100), cache_days=0)
    task_id = _check(world, NUMBERS[:100])

    async def body(worker):
        await _until(world, task_id, "done", 30)

    _with_worker(world, body)
    assert world.sql("SELECT cost FROM smsdesk.check_task WHERE id = %(t)s", {"t": task_id}) == [(Decimal("1.2"),)]
    assert world.sql("SELECT DISTINCT price FROM smsdesk.check_result WHERE task_id = %(t)s", {"t": task_id}) == [
        (Decimal("0.012"),)
    ]
    world.sql("DELETE FROM smsdesk.price_list WHERE kind = 'status_lookup'")
