"""The dispatcher's pure rules: routing and failover, failure categories, replies, the message log."""

from __future__ import annotations

from smsdesk.dispatcher.dispatcher import Dispatcher
from smsdesk.dispatcher.failures import FailureMap
from smsdesk.dispatcher.msglog import MessageLog
from smsdesk.dispatcher.replies import OptOutKeywords, sender_e164
from smsdesk.dispatcher.routing import ANY_CARRIER, HOLD, ChannelState, Rule, choose, route_table


def state(channel_id: int, status: str = "up", *, enabled: bool = True, fresh: bool = True) -> ChannelState:
    return ChannelState(channel_id, f"c{channel_id}", status, enabled, fresh)


class TestRouting:
    rules = (
        Rule(1, "China Mobile", None, 100, backup_channel_id=3),
        Rule(2, None, "marketing", 50),
        Rule(3, None, None, 900),
    )

    def test_the_best_matching_rule_wins_by_priority_then_specificity(self):
        states = {i: state(i) for i in (1, 2, 3)}
        assert choose(self.rules, states, "China Mobile", "notification") == 1
        assert choose(self.rules, states, "China Mobile", "marketing") == 2  # priority 50 beats 100
        assert choose(self.rules, states, "China Unicom", "alert") == 3
        specific = (Rule(5, None, None, 100), Rule(6, "China Telecom", "alert", 100))
        both = {5: state(5), 6: state(6)}
        assert choose(specific, both, "China Telecom", "alert") == 6  # same priority: the more specific

    def test_a_down_failing_stale_or_disabled_channel_fails_over_to_its_backup(self):
        for bad in (state(1, "down"), state(1, "failing"), state(1, fresh=False), state(1, enabled=False),
                    state(1, "binding")):
            states = {1: bad, 2: state(2), 3: state(3)}
            assert choose(self.rules, states, "China Mobile", "notification") == 3

    def test_a_failing_channel_is_better_than_nothing_and_nothing_holds(self):
        rules = (Rule(1, None, None),)
        assert choose(rules, {1: state(1, "failing")}, "China Mobile", "alert") == 1
        assert choose(rules, {1: state(1, "down")}, "China Mobile", "alert") is None

    def test_the_route_table_covers_every_carrier_and_kind_and_holds_what_nobody_takes(self):
        states = [state(1), state(2, "down"), state(3)]
        kinds, carriers, channels = route_table(self.rules, states, ("notification", "marketing"))
        table = {(k, c): ch for k, c, ch in zip(kinds, carriers, channels, strict=True)}
        assert table[("notification", "China Mobile")] == 1
        assert table[("notification", ANY_CARRIER)] == 3
        assert table[("marketing", "China Unicom")] == 3  # channel 2 is down and has no backup of its own
        _, _, held = route_table((Rule(2, None, None),), states, ("alert",))
        assert set(held) == {HOLD}


class TestFailureMap:
    failures = FailureMap([
        (None, "submit", "ESME_RSYSERR", "gateway_error", True),
        (None, "submit", "ESME_RINVDSTADR", "invalid_number", False),
        (None, "error", "timeout", "timeout", True),
        (None, "stat", "UNDELIV", "other", False),
        (None, "err", "001", "invalid_number", False),
        (7, "err", "001", "blacklisted", False),
        (7, "stat", "REJECTD", "content_blocked", False),
    ])

    def test_submit_errors_are_transient_or_permanent(self):
        assert self.failures.submit(1, "ESME_RSYSERR").transient
        assert not self.failures.submit(1, "ESME_RINVDSTADR").transient
        assert self.failures.submit(1, "0x00000401") == self.failures.submit(1, "esme_unheard_of")
        assert not self.failures.submit(1, "0x00000401").transient  # unknown: not retried blindly
        assert self.failures.error(1, "timeout").category == "timeout"
        assert self.failures.error(1, "connection_lost").transient  # unmapped local errors retry

    def test_receipts_map_err_before_stat_and_a_channel_overrides_the_defaults(self):
        assert self.failures.receipt(1, "DELIVRD", "000") is None
        assert self.failures.receipt(1, "UNDELIV", "001") == "invalid_number"
        assert self.failures.receipt(1, "UNDELIV", "999") == "other"
        assert self.failures.receipt(7, "UNDELIV", "001") == "blacklisted"
        assert self.failures.receipt(7, "REJECTD", "999") == "content_blocked"
        assert self.failures.receipt(1, "WEIRD", None) == "other"


def test_opt_out_replies_are_recognised_whatever_their_case_width_or_punctuation():
    keywords = OptOutKeywords()
    for reply in ("T", "t", " TD ", "退订", "退订。", "ｔ", "Stop!", "unsubscribe"):
        assert keywords.matches(reply), reply
    for reply in ("好的", "Thanks", "不要退订", "T1", ""):
        assert not keywords.matches(reply), reply
    assert OptOutKeywords(["N", "拒收"]).matches("拒收") and not OptOutKeywords(["N"]).matches("T")


def test_reply_senders_become_e164_when_they_can():
    assert sender_e164("8613800138000") == "+8613800138000"
    assert sender_e164("13800138000") == "+8613800138000"
    assert sender_e164("+8613800138000") == "+8613800138000"
    assert sender_e164("10086") == "10086"


def test_receipt_ids_are_read_in_the_channels_convention():
    keys = Dispatcher._receipt_keys
    assert keys("exact", "00Ab12") == ["ab12"]
    assert keys("hex_dec", "255") == ["ff"]
    assert keys("dec_hex", "ff") == ["255"]
    assert list(keys("auto", "255")) == ["255", "ff", "597"]  # the id as given first: only it is tried at once
    assert keys("auto", "") == []


def test_the_message_log_writes_one_grepable_line_per_change_and_rotates(tmp_path):
    log = MessageLog(tmp_path / "m.log", max_bytes=400, backups=2)
    for index in range(12):
        log.add(7, index, "sim", "1a2b", "submitted", "attempt=1")
        log.flush()
    log.close()
    lines = [line for path in sorted(tmp_path.glob("m.log*")) for line in path.read_text("utf-8").splitlines()]
    assert len(lines) >= 6 and all(" message task=7 message=" in line and " channel=sim smsc_id=1a2b status=submitted "
                         "attempt=1" in line for line in lines)
    assert {p.name for p in tmp_path.glob("m.log.*")} == {"m.log.1", "m.log.2"}  # older ones were dropped
    quiet = MessageLog(None)
    quiet.add(1, 1, "x", None, "sending")
    quiet.flush()


def test_the_dispatcher_starts_without_sqlalchemy_or_numpy():
    """Its start-up CPU counts against every message it sends: the console's ORM stays out of its imports, and
    phonenumbers and numpy load with the first reply."""
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", "import sys, smsdesk.dispatcher.cli; print(sorted(m for m in sys.modules "
         "if m.split('.')[0] in ('sqlalchemy', 'PySide6', 'numpy', 'phonenumbers')))"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout.strip()
    assert out == "[]"
