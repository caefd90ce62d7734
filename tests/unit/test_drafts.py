"""Drafts on disk (infra/drafts.py): one file per login and database, written whole or not at all."""

from __future__ import annotations

import os
import stat

import pytest

from smsdesk.infra import drafts
from smsdesk.settings import DatabaseTarget

HERE = DatabaseTarget(source="user", host="db1", dbname="smsdesk")
THERE = DatabaseTarget(source="user", host="db2", dbname="smsdesk")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SMSDESK_DATA_DIR", str(tmp_path))
    return tmp_path


def test_each_login_and_database_has_a_draft_file_of_its_own():
    names = {
        drafts.draft_path(HERE, "alice", 1),
        drafts.draft_path(HERE, "bob", 2),
        drafts.draft_path(THERE, "alice", 1),
        drafts.draft_path(HERE, "alice", 7),  # alice deleted and created again: a new user, no old draft
    }
    assert len(names) == 4


def test_a_snapshot_comes_back_whole_with_its_pasted_list_unescaped():
    store = drafts.DraftStore(HERE, "alice", 1)
    pasted = "\n".join(f"1380013{i:04d}" for i in range(5000)) + '\n"quoted", \\back\\slash, 中文'
    store.stage({"content": "您好\n第二行", "typed": "13900139000", "contact_ids": [3, 4], drafts.PASTED: pasted})
    assert store.pending and store.write() and not store.write()  # written once
    raw = store.path.read_bytes()
    assert raw.endswith(pasted.encode("utf-8"))  # the list as pasted, not escaped into JSON
    if os.name == "posix":
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600  # customers' numbers: this OS user only
    again = drafts.DraftStore(HERE, "alice", 1).load()
    assert again == {"content": "您好\n第二行", "typed": "13900139000", "contact_ids": [3, 4], drafts.PASTED: pasted}
    assert drafts.DraftStore(HERE, "bob", 2).load() is None


def test_only_the_newest_snapshot_is_written_and_none_removes_the_draft():
    store = drafts.DraftStore(HERE, "alice", 1)
    store.stage({"content": "一"})
    store.stage({"content": "二"})
    assert store.write() and not store.write()
    assert drafts.read(store.path)["content"] == "二"
    store.stage(None)
    assert store.load() is None  # staged in this session: no need to wait for the write
    assert store.write() and not store.path.exists()
    assert not [p for p in store.path.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_failed_write_leaves_the_previous_draft_and_no_temporary_file(monkeypatch):
    store = drafts.DraftStore(HERE, "alice", 1)
    store.stage({"content": "保存过的"})
    store.write()

    def disk_full(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(drafts.os, "fsync", disk_full)
    store.stage({"content": "新的"})
    with pytest.raises(OSError):
        store.write()
    monkeypatch.undo()
    assert drafts.read(store.path)["content"] == "保存过的"
    assert [p.name for p in store.path.parent.iterdir()] == [store.path.name]
    assert store.pending  # the next save tries again


def test_a_damaged_draft_is_set_aside_and_a_new_one_starts():
    store = drafts.DraftStore(HERE, "alice", 1)
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_bytes(b"\x00\x01 not a draft")
    assert store.load() is None
    assert store.path.with_name(store.path.name + ".bad").exists() and not store.path.exists()
