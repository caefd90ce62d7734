"""Words of the Channels tab and its dialogs: channel states, history events, connection-test answers, and the
database's refusals in the user's language."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QObject

from smsdesk.services.channel_admin import test_detail
from smsdesk.ui.messages import describe


class ChannelLabels(QObject):
    """A QObject so that lupdate files these strings under one context."""

    def status(self, status: str) -> str:
        return {
            "idle": self.tr("Not bound"),
            "binding": self.tr("Binding"),
            "up": self.tr("Up"),
            "down": self.tr("Down"),
            "failing": self.tr("Failing"),
            "disabled": self.tr("Disabled"),
        }.get(status, status)

    def event_name(self, new_status: str) -> str:
        return {
            "test_ok": self.tr("Connection test passed"),
            "test_failed": self.tr("Connection test failed"),
            "enabled": self.tr("Enabled"),
            "disabled": self.tr("Disabled"),
            "down": self.tr("Down: messages go to the backup channel"),
            "failing": self.tr("Failing: messages go to the backup channel"),
        }.get(new_status, self.status(new_status))

    def event_detail(self, new_status: str, reason: str) -> str:
        if new_status in ("test_ok", "test_failed"):
            return self.test_answer(test_detail(reason)) or reason
        if new_status in ("enabled", "disabled"):
            return self.tr("by %1").replace("%1", reason)
        return self.reason(reason)

    def reason(self, reason: str) -> str:
        """Why a dispatcher changed a channel's state (dispatcher/channel.py health, channel_claim, maintenance), in
        the user's language; anything else as the dispatcher wrote it."""
        fixed = {
            "bound": self.tr("bound"),
            "recovered": self.tr("working again"),
            "claimed": self.tr("taken by a dispatcher"),
            "disabled": self.tr("disabled"),
            "dispatcher stopping": self.tr("its dispatcher stopped"),
            "channel given up": self.tr("given up by its dispatcher"),
            "channel settings changed": self.tr("settings changed: binding again"),
        }
        if reason in fixed:
            return fixed[reason]
        patterns = (
            (r"not bound for (\d+) s", self.tr("not bound for %1 s")),
            (r"no submit_sm_resp for (\d+) s", self.tr("no answer to submits for %1 s")),
            (r"(\d+%) of (\d+) submits failed in (\d+) s", self.tr("%1 of %2 submits failed in %3 s")),
            (r"taken over from dispatcher (\d+)", self.tr("taken over from dispatcher %1")),
            (r"dispatcher (\d+) died", self.tr("dispatcher %1 stopped answering")),
        )
        for pattern, text in patterns:
            match = re.fullmatch(pattern, reason)
            if match:
                for index, value in enumerate(match.groups(), start=1):
                    text = text.replace(f"%{index}", value)
                return text
        return reason

    def bind_mode(self, mode: str) -> str:
        return {
            "trx": self.tr("Transceiver (one connection)"),
            "tx+rx": self.tr("Transmitter and receiver (two connections)"),
        }.get(mode, mode)

    def receipt_ids(self, convention: str) -> str:
        return {
            "auto": self.tr("Detect automatically"),
            "exact": self.tr("Same as the submit response"),
            "hex_dec": self.tr("Hexadecimal in responses, decimal in receipts"),
            "dec_hex": self.tr("Decimal in responses, hexadecimal in receipts"),
        }.get(convention, convention)

    def source(self, source: str) -> str:
        return {
            "submit": self.tr("Submit response status"),
            "error": self.tr("Dispatcher error"),
            "stat": self.tr("Receipt state (stat)"),
            "err": self.tr("Receipt error code (err)"),
        }.get(source, source)

    def outcome(self, name: str) -> str:
        return {
            "delivered": self.tr("Delivered"),
            "undeliverable": self.tr("Undeliverable"),
            "expired": self.tr("Expired"),
            "rejected": self.tr("Rejected"),
            "unknown": self.tr("Unknown subscriber"),
            "sys_error": self.tr("Refused: gateway fault (retried)"),
            "bad_destination": self.tr("Refused: bad number"),
        }.get(name, name)

    def test_answer(self, detail: dict[str, Any]) -> str:
        """The dispatcher's answer (dispatcher/channel_test.py) as a sentence."""
        result = detail.get("result")
        if result == "bound":
            links = self.tr("two connections") if detail.get("mode") == "tx+rx" else self.tr("one connection")
            return self.tr("Bound in %1 ms (%2), then unbound.").replace("%1", str(detail.get("ms", "?"))).replace(
                "%2", links)
        if result == "refused":
            status = str(detail.get("status", ""))
            known = {
                "ESME_RINVPASWD": self.tr("wrong password"),
                "ESME_RINVSYSID": self.tr("unknown system ID"),
                "ESME_RALYBND": self.tr("the account is already bound"),
                "ESME_RBINDFAIL": self.tr("bind failed"),
            }
            why = known.get(status, status)
            return self.tr("The gateway refused the bind: %1 (%2).").replace("%1", why).replace("%2", status)
        if result == "unreachable":
            return self.tr("The gateway cannot be reached: %1").replace("%1", str(detail.get("error", "")))
        if result == "timeout":
            return self.tr("The gateway did not answer within %1 seconds.").replace("%1", str(detail.get("s", "")))
        return ""

    def refusal(self, exc: BaseException) -> str:
        """A refusal of the database or the services, in the user's language (with the known cases named)."""
        detail = getattr(exc, "detail", "") or str(exc)
        known = {
            "no dispatcher is running to test the channel": self.tr(
                "No dispatcher is running, so nothing can test the channel. Start the dispatcher (in trial mode "
                "the console starts it) and try again."
            ),
            "only IT or a top-level administrator manages channels": self.tr(
                "Only administrators of the top-level group change channels."
            ),
            "a channel needs a name, host, port and system_id": self.tr(
                "A channel needs a name, a host, a port and a system ID."
            ),
            "SMPP 3.4 allows a system_id of 15 and a password of 8 characters": self.tr(
                "SMPP 3.4 allows a system ID of at most 15 characters and a password of at most 8."
            ),
            "a channel cannot be its own backup": self.tr("A channel cannot be its own backup."),
            "no such backup channel": self.tr("The backup channel no longer exists."),
            "a priority is a whole number from 0 to 100000": self.tr("A priority is a whole number from 0 to 100000."),
            "a carrier name has at most 32 characters": self.tr("A carrier name has at most 32 characters."),
            "no such channel": self.tr("The channel no longer exists; somebody may have removed it."),
            "a failure code cannot be empty": self.tr("Enter the code the gateway reports."),
        }
        for english, text in known.items():
            if detail.startswith(english):
                return text
        if "ck_channel_name_ok" in detail:
            return self.tr("A channel name has 1 to 64 characters.")
        if detail.startswith("invalid channel settings") or detail.startswith("invalid failure mapping"):
            return self.tr("A value is out of range. Check the numbers and try again.")
        if getattr(exc, "code", None) == "conflict":
            return self.tr("A channel by that name already exists.")
        return describe(exc)[0]
