"""Every code the console may show has a Chinese and an English label: the code tables of the number rules, the
blacklists, the failure categories, the SMSC receipt states and error codes, the submit statuses, the task and
message statuses, the TLS modes, and every audit action the database's functions write (read from db/sql)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from smsdesk.ui.code_labels import CodeLabels, tables

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")
# literals in the audit-writing functions that are not audit actions: quota movement kinds, relation names
_NOT_ACTIONS = re.compile(r"^(pg_catalog|pg_temp|smsdesk)\.|\.(in|out)$")


def audit_actions() -> set[str]:
    """Every 'area.verb' literal in the current SQL functions that write the audit log, and sign_in."""
    found = {"sign_in"}
    for path in (ROOT / "db" / "sql" / "functions").glob("*.sql"):
        body = path.read_text(encoding="utf-8")
        if "audit" not in body:
            continue
        for literal in re.findall(r"'([a-z_]+\.[a-z_]+)'", body):
            if not _NOT_ACTIONS.search(literal):
                found.add(literal)
        # export_begin writes "<kind>.export"
        if "|| '.export'" in body:
            found |= {"task.export", "contacts.export"}
    return found


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    from smsdesk.ui.i18n import Translations

    t = Translations()
    t.install(request.param)
    yield request.param
    t.install("en")


def _check(language: str, table: str, code: str, label: str) -> None:
    assert label and label.strip(), f"{table} {code!r}: no label"
    assert "Other (" not in label and "Other gateway code" not in label and "其他（" not in label, (
        f"{table} {code!r}: no label of its own"
    )
    if re.search(r"[_.:-]|^[A-Z0-9]{3,}$", code):  # an identifier, not a word ("empty" may read "empty")
        assert code not in label, f"{table} {code!r} shown as itself: {label!r}"
    if language == "zh_CN":
        assert CJK.search(label), f"{table} {code!r} has no Chinese label: {label!r}"


def test_every_code_table_is_worded(language):
    codes = CodeLabels()
    for table, values in tables().items():
        word = getattr(codes, table)
        for code in values:
            _check(language, table, code, word(code))


def test_every_audit_action_the_database_writes_is_worded(language):
    codes = CodeLabels()
    actions = audit_actions()
    assert {"task.queue", "channel.update", "blacklist.opt_out", "task.export"} <= actions
    for action in sorted(actions):
        _check(language, "audit_action", action, codes.audit_action(action))


def test_gateway_codes_read_as_words_and_unknown_ones_still_say_what_they_are(language):
    codes = CodeLabels()
    assert "UNDELIV" not in codes.error_code("UNDELIV:034")
    assert codes.error_code("UNDELIV:034") == " · ".join([codes.smsc_stat("UNDELIV"), codes.smsc_err("034")])
    assert codes.error_code("ESME_RTHROTTLED") == codes.esme_status("ESME_RTHROTTLED")
    assert "0x0000ABCD" in codes.error_code("0x0000ABCD")  # nobody knows it: quoted so that IT can look it up


def test_actors_and_details_read_as_words(language):
    codes = CodeLabels()
    assert codes.actor("alice", "sd_smsdesk_49457e_u_alice") == "alice"
    for role in ("sd_smsdesk_49457e_d_console", "sd_smsdesk_49457e_gate", "postgres", "root"):
        text = codes.actor(None, role)
        assert "sd_" not in text and "49457e" not in text and text not in ("postgres", "root")
    text = codes.details({"kind": "marketing", "reserved": 12000, "status": "queued", "masked": 0})
    assert "{" not in text and '"' not in text and "queued" not in text and "marketing" not in text
    assert "12,000" in text  # the number in the user's format, not 12000
