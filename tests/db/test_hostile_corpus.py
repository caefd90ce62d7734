"""The hostile corpus (tests/hostile_files.py) through every import path: the table reader, contacts import,
blacklist import, sensitive-word import, the send tab's file read and the template send's.

Each file runs in a child process of its own (forked from a server that has the services loaded, two at a
time): a file that kills its reader fails the test instead of the test run, and the child's peak memory is that
file's. For each file and path the outcome is a correct read or import, or a clear message (a TableError reason
or another code with a sentence of its own); nothing is half-saved (rows counted before and after, in a contact
group, a blacklist and the word list of the child's own); the memory a file costs is bounded.

SMSDESK_CORPUS_ONLY=name,name runs only those files. SMSDESK_CORPUS_REPORT=path writes one line per file (time
and memory), for the README's figures.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from smsdesk.infra.tabular import REASONS
from smsdesk.services import admin
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.conftest import ADMIN_PASSWORD
from tests.db.conftest import PASSWORD, build_org
from tests.hostile_files import CLEAR_CODES, PATHS, Targets, generate, long_name, make_links, run_everywhere

pytestmark = pytest.mark.db

MAX_GROWTH_MB = 450  # the most any one file may add to a reader's memory (the largest file is 24 MB)
MAX_SECONDS = 60  # per file, every path (a shared, loaded machine)
# Where a path differs from the table reader by design.
OVERRIDES = {
    # a word list has no header row: these are words
    ("header_only.csv", "words"): "ok",
    ("one_word.txt", "words"): "ok",
}

_PRELOAD = [
    "tests.hostile_files",
    "smsdesk.infra.tabular",
    "smsdesk.services.contacts_transfer",
    "smsdesk.services.blacklist",
    "smsdesk.services.library",
    "smsdesk.services.sending",
    "smsdesk.services.template_send",
    "smsdesk.services.auth",
    "python_calamine",
    "xlrd",
]


def _child(path: str, targets: Targets, lock, contains: tuple[str, ...], send) -> None:
    try:
        send.send(run_everywhere(path, targets, lock, contains))
    except BaseException as exc:
        send.send({"died": repr(exc)})
    finally:
        send.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, shared_org_db):
    build_org(shared_org_db)
    folder = tmp_path_factory.mktemp("hostile")
    secret = tmp_path_factory.mktemp("outside") / "shadow"
    secret.write_text("root:$6$salt$hash:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n")
    items = generate(folder) + make_links(folder, secret) + [long_name(folder)]
    only = os.environ.get("SMSDESK_CORPUS_ONLY")  # "name,name": a few files, while working on them
    if only:
        items = [item for item in items if item.name in only.split(",")]
    engine = make_engine(shared_org_db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            user_groups = [admin.ensure_group_path(s, f"总部/华东/恶意文件{i:03d}") for i in range(len(items))]
    finally:
        engine.dispose()
    with shared_org_db.connect_su() as su:  # a contact group of east-op's for each file
        contact_groups = [
            su.execute(
                "select smsdesk.contact_group_ensure_path("
                "(select id from smsdesk.app_user where login = 'east-op'), %s)",
                (f"恶意文件/{i:03d}",),
            ).fetchone()[0]
            for i in range(len(items))
        ]
    targets = [
        Targets(shared_org_db.target, shared_org_db.su, PASSWORD, ADMIN_PASSWORD, contact_groups[i], user_groups[i])
        for i in range(len(items))
    ]
    return items, targets


def run_all(items, targets) -> dict[str, dict]:
    """Every file in its own child, two at a time (the machine has two cores)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    lock = context.Lock()
    waiting = list(zip(items, targets, strict=True))
    running: list[tuple] = []
    out: dict[str, dict] = {}
    while waiting or running:
        while waiting and len(running) < 2:
            item, target = waiting.pop(0)
            receive, send = context.Pipe(duplex=False)
            child = context.Process(
                target=_child, args=(str(item.path), target, lock, item.contains, send), daemon=True
            )
            began = time.perf_counter()
            child.start()
            send.close()
            running.append((item, child, receive, began))
        for entry in list(running):
            item, child, receive, began = entry
            if receive.poll(0.02):
                try:
                    out[item.name] = receive.recv()
                except EOFError:
                    out[item.name] = {"died": f"exit status {child.exitcode}"}
            elif not child.is_alive():
                out[item.name] = {"died": f"exit status {child.exitcode}"}
            elif time.perf_counter() - began > 4 * MAX_SECONDS:
                child.kill()
                out[item.name] = {"died": "did not finish"}
            else:
                continue
            out[item.name]["wall"] = time.perf_counter() - began
            child.join(5)
            receive.close()
            running.remove(entry)
    return out


def test_every_hostile_file_through_every_import_path(corpus):
    items, targets = corpus
    assert len(items) >= 60 or os.environ.get("SMSDESK_CORPUS_ONLY")
    results = run_all(items, targets)
    problems = []
    lines = []
    for item in items:
        got = results[item.name]
        if "died" in got:
            problems.append(f"{item.name}: the reader died ({got['died']})")
            continue
        seconds = sum(r[2] for r in got["paths"].values())
        size = item.path.lstat().st_size if item.path.is_file() and not item.path.is_symlink() else 0
        lines.append(f"{item.name}\t{size}\t{got['grew_mb']:.0f}\t{seconds:.2f}")
        if got["grew_mb"] > MAX_GROWTH_MB:
            problems.append(f"{item.name}: memory grew by {got['grew_mb']:.0f} MB")
        if seconds > MAX_SECONDS:
            problems.append(f"{item.name}: took {seconds:.1f} s")
        for path in PATHS:
            outcome, detail, _, saved = got["paths"][path]
            expect = OVERRIDES.get((item.name, path), item.expect)
            kind, _, code = outcome.partition(":")
            where = f"{item.name} [{path}]: {outcome} {detail[:160]}"
            if kind == "crash":
                problems.append(f"{where}: not a clear message")
            elif kind == "refused" and code not in REASONS:
                problems.append(f"{where}: an unknown reason")
            elif kind == "error" and code not in CLEAR_CODES:
                problems.append(f"{where}: not a clear message")
            elif kind != "ok" and saved:
                problems.append(f"{where}: failed but saved {saved} rows")
            elif expect == "refused" and kind == "ok":
                problems.append(f"{where}: read, but should be refused ({', '.join(item.reasons)})")
            elif expect == "refused" and kind == "refused" and code not in item.reasons:
                problems.append(f"{where}: refused for another reason than {', '.join(item.reasons)}")
            elif expect == "ok" and kind == "refused":
                problems.append(f"{where}: refused, but should be read")
            elif kind == "ok" and path == "table" and item.rows is not None and int(detail) != item.rows:
                problems.append(f"{where}: {detail} rows, not {item.rows}")
            elif kind == "ok" and path in ("contacts", "blacklist", "words") and saved != int(detail):
                problems.append(f"{where}: reported {detail} saved, the database has {saved} more rows")
    report = os.environ.get("SMSDESK_CORPUS_REPORT")
    if report:
        Path(report).write_text("file\tbytes\tgrew_mb\tseconds\n" + "\n".join(lines) + "\n")
    assert not problems, "\n".join(problems)
