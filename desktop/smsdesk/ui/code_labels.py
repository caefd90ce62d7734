"""Every code the database, the gateways or the number rules hand the console, in the user's words: number
rejection reasons, blacklist sources and the database's own blacklist reasons, failure categories, SMSC receipt
states and error codes, submit statuses, audit actions and their details, actors that are not people, TLS modes.

A code no table knows is never shown bare: ``unknown`` words it ("Other gateway code (X)") so that the user can
still quote it to IT. tests/unit/test_code_labels.py walks every table in both languages.
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QLocale, QObject

from smsdesk.domain.numbers import REASONS
from smsdesk.domain.statuses import FAILURE_CATEGORIES, MESSAGE_STATUSES, TASK_STATUSES

# SMPP 3.4 receipt states (the "stat:" of a delivery receipt) and the local outcomes the dispatcher records
SMSC_STATS = ("DELIVRD", "EXPIRED", "DELETED", "UNDELIV", "ACCEPTD", "UNKNOWN", "REJECTD", "ENROUTE")
# GSM MAP errors that SMSCs put in a receipt's "err:" (3 digits)
SMSC_ERRS = ("000", "001", "005", "006", "009", "011", "012", "013", "021", "027", "031", "032", "034", "036")
# submit_sm_resp statuses the console may show (SMPP 3.4 §5.1.3)
ESME_STATUSES = (
    "ESME_ROK", "ESME_RINVMSGLEN", "ESME_RINVCMDLEN", "ESME_RINVCMDID", "ESME_RINVBNDSTS", "ESME_RALYBND",
    "ESME_RSYSERR", "ESME_RINVSRCADR", "ESME_RINVDSTADR", "ESME_RINVMSGID", "ESME_RBINDFAIL", "ESME_RINVPASWD",
    "ESME_RINVSYSID", "ESME_RMSGQFUL", "ESME_RSUBMITFAIL", "ESME_RTHROTTLED", "ESME_RINVSCHED", "ESME_RINVEXPIRY",
    "ESME_RX_T_APPN", "ESME_RX_P_APPN", "ESME_RX_R_APPN", "ESME_RINVDCS", "ESME_RUNKNOWNERR",
)
LOCAL_ERRORS = ("NO_RECEIPT", "timeout", "TIMEOUT", "BLACKLISTED", "CONTENT", "QUOTA", "EXPIRED_IN_QUEUE")
BLACKLIST_SOURCES = ("reply", "manual", "import", "")
TLS_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable", "allow")
_ROLE = re.compile(r"^sd_[a-z0-9]*_[0-9a-f]{6}_(.+)$")  # store/roles.py names the installation's roles so
# What the database writes into an audit row's details, in the order a reader wants them.
DETAIL_KEYS = (
    "kind", "status", "amount", "limit", "balance", "recipients", "reserved", "segments", "masked",
    "refunded_messages", "send_at", "reason", "list", "added", "existing", "received", "rejected", "new", "source",
    "enabled", "public", "group", "login", "name", "file", "rows", "count", "key", "value", "channel", "os", "host",
    "app", "task", "template", "owner", "batch", "check", "numbers", "driver", "blacklisted", "format",
    "full_numbers", "admin",
    "reviewer", "review", "from", "to", "moved", "skipped", "deleted", "error",
)


class CodeLabels(QObject):
    """A QObject so that lupdate files these strings under one context."""

    # -- numbers and blacklists ---------------------------------------------------------------------------

    def number_reason(self, reason: str) -> str:
        return {
            "empty": self.tr("empty"),
            "not_a_number": self.tr("not a number"),
            "bad_chars": self.tr("letters or symbols"),
            "imprecise": self.tr("rounded by Excel (1.38E+10)"),
            "too_short": self.tr("too short"),
            "too_long": self.tr("too long"),
            "invalid_prefix": self.tr("no such mobile prefix"),
            "unknown_country": self.tr("unknown country code"),
            "invalid_number": self.tr("no such number"),
            "not_mobile": self.tr("not a mobile number"),
            "duplicate": self.tr("repeated"),
            "blacklisted": self.tr("blacklisted"),
            "global": self.tr("on the global blacklist"),
            "group": self.tr("on the group's blacklist"),
            "kind": self.tr("on the blacklist of this message kind"),
        }.get(reason) or self.unknown(reason)

    def blacklist_source(self, source: str | None) -> str:
        """Where a blacklist batch came from: a file's name stays as it is; the database's own codes are worded."""
        code = source or ""
        return {
            "reply": self.tr("Opt-out reply"),
            "manual": self.tr("Added by hand"),
            "import": self.tr("Imported"),
            "": self.tr("Added by hand"),
        }.get(code, code)

    def blacklist_reason(self, reason: str | None) -> str:
        """The reason a person typed stays theirs; the ones the database writes itself are worded."""
        text = reason or ""
        if text.startswith("opt-out reply"):
            return self.tr("The recipient replied to unsubscribe") + text[len("opt-out reply"):]
        return text

    # -- tasks and messages -------------------------------------------------------------------------------

    def task_status(self, status: str) -> str:
        return {
            "preview": self.tr("Preview"),
            "awaiting_review": self.tr("Awaiting review"),
            "rejected": self.tr("Rejected"),
            "scheduled": self.tr("Scheduled"),
            "queued": self.tr("Queued"),
            "sending": self.tr("Sending"),
            "finished": self.tr("Finished"),
            "cancelled": self.tr("Cancelled"),
            "expired": self.tr("Expired"),
        }.get(status) or self.unknown(status)

    def message_status(self, status: str) -> str:
        return {
            "queued": self.tr("Waiting"),
            "sending": self.tr("Sending"),
            "submitted": self.tr("Submitted"),
            "delivered": self.tr("Delivered"),
            "failed": self.tr("Failed"),
            "expired": self.tr("Expired"),
            "cancelled": self.tr("Cancelled"),
        }.get(status) or self.unknown(status)

    def failure(self, category: str | None) -> str:
        if not category:
            return ""
        return {
            "timeout": self.tr("Timed out"),
            "content_blocked": self.tr("Content blocked"),
            "invalid_number": self.tr("Invalid number"),
            "blacklisted": self.tr("Blacklisted"),
            "quota": self.tr("Quota"),
            "gateway_error": self.tr("Gateway error"),
            "other": self.tr("Other"),
        }.get(category) or self.unknown(category)

    def smsc_stat(self, stat: str) -> str:
        return {
            "DELIVRD": self.tr("delivered"),
            "EXPIRED": self.tr("expired at the carrier"),
            "DELETED": self.tr("deleted by the carrier"),
            "UNDELIV": self.tr("undeliverable"),
            "ACCEPTD": self.tr("accepted"),
            "UNKNOWN": self.tr("state unknown"),
            "REJECTD": self.tr("rejected by the carrier"),
            "ENROUTE": self.tr("on its way"),
        }.get(stat.upper(), "")

    def smsc_err(self, err: str) -> str:
        return {
            "000": self.tr("no error"),
            "001": self.tr("unknown subscriber"),
            "005": self.tr("unidentified subscriber"),
            "006": self.tr("absent subscriber (no answer to paging)"),
            "009": self.tr("illegal subscriber"),
            "011": self.tr("service not provisioned"),
            "012": self.tr("illegal equipment"),
            "013": self.tr("call barred"),
            "021": self.tr("facility not supported"),
            "027": self.tr("phone off or out of coverage"),
            "031": self.tr("subscriber busy"),
            "032": self.tr("delivery failure at the phone"),
            "034": self.tr("carrier system failure"),
            "036": self.tr("memory full"),
        }.get(err.strip().zfill(3) if err.strip().isdigit() else err.strip(), "")

    def esme_status(self, status: str) -> str:
        return {
            "ESME_ROK": self.tr("accepted"),
            "ESME_RINVMSGLEN": self.tr("message length refused"),
            "ESME_RINVCMDLEN": self.tr("malformed request"),
            "ESME_RINVCMDID": self.tr("malformed request"),
            "ESME_RINVBNDSTS": self.tr("not signed in to the gateway"),
            "ESME_RALYBND": self.tr("the account is already bound"),
            "ESME_RSYSERR": self.tr("gateway system error"),
            "ESME_RINVSRCADR": self.tr("sender number refused"),
            "ESME_RINVDSTADR": self.tr("recipient number refused"),
            "ESME_RINVMSGID": self.tr("unknown message id"),
            "ESME_RBINDFAIL": self.tr("bind failed"),
            "ESME_RINVPASWD": self.tr("wrong password"),
            "ESME_RINVSYSID": self.tr("unknown system ID"),
            "ESME_RMSGQFUL": self.tr("gateway queue full"),
            "ESME_RSUBMITFAIL": self.tr("submit failed"),
            "ESME_RTHROTTLED": self.tr("sending too fast for the gateway"),
            "ESME_RINVSCHED": self.tr("send time refused"),
            "ESME_RINVEXPIRY": self.tr("validity period refused"),
            "ESME_RX_T_APPN": self.tr("temporarily refused by the carrier"),
            "ESME_RX_P_APPN": self.tr("permanently refused by the carrier"),
            "ESME_RX_R_APPN": self.tr("refused by the carrier"),
            "ESME_RINVDCS": self.tr("encoding refused"),
            "ESME_RUNKNOWNERR": self.tr("unknown gateway error"),
        }.get(status.upper(), "")

    def local_error(self, code: str) -> str:
        return {
            "NO_RECEIPT": self.tr("no delivery receipt in time"),
            "TIMEOUT": self.tr("the gateway did not answer"),
            "BLACKLISTED": self.tr("blacklisted"),
            "CONTENT": self.tr("content blocked"),
            "QUOTA": self.tr("not enough quota"),
            "EXPIRED_IN_QUEUE": self.tr("not sent before the task's end time"),
        }.get(code.upper(), "")

    def error_code(self, code: str | None) -> str:
        """A message's error code as the console stores it ("UNDELIV:034", "ESME_RTHROTTLED", "NO_RECEIPT",
        "0x00000058") in words; the code itself only when no table knows it."""
        if not code:
            return ""
        if ":" in code:
            stat, _, err = code.partition(":")
            words = [w for w in (self.smsc_stat(stat), self.smsc_err(err)) if w]
            if words:
                return " · ".join(words)
        else:
            words_one = self.esme_status(code) or self.local_error(code)
            if words_one:
                return words_one
        return self.tr("Other gateway code (%1)").replace("%1", code)

    # -- audit --------------------------------------------------------------------------------------------

    def audit_action(self, action: str) -> str:
        labels = {
            "sign_in": self.tr("Signed in"),
            "sign_in.failed": self.tr("Sign-in failed"),
            "sign_in.flood": self.tr("Many failed sign-ins from one computer (summary)"),
            "user.password_unaudited": self.tr("Password changed outside SMS Desk"),
            "task.export": self.tr("Task details exported"),
            "task.queue": self.tr("Task submitted"),
            "task.approve": self.tr("Task approved"),
            "task.reject": self.tr("Task rejected"),
            "task.cancel": self.tr("Task cancelled"),
            "task.reserve": self.tr("Quota reserved for a task"),
            "group.create": self.tr("Group created"),
            "group.review": self.tr("Group review setting changed"),
            "group.rename": self.tr("Group renamed"),
            "group.move": self.tr("Group moved"),
            "group.delete": self.tr("Group deleted"),
            "user.create": self.tr("User created"),
            "user.status": self.tr("User status changed"),
            "user.flags": self.tr("User rights changed"),
            "user.profile": self.tr("User profile changed"),
            "user.password": self.tr("Password changed"),
            "user.delete": self.tr("User deleted"),
            "user.restore": self.tr("User restored"),
            "user.move": self.tr("User moved to another group"),
            "user.full_numbers": self.tr("Right to see full numbers changed"),
            "users.export": self.tr("User list exported"),
            "quota.grant_group": self.tr("Quota granted to group"),
            "quota.grant_user": self.tr("Quota granted to user"),
            "quota.take_back_user": self.tr("Quota taken back from user"),
            "quota.return_group": self.tr("Quota given back by group"),
            "contacts.import": self.tr("Contacts imported"),
            "contacts.export": self.tr("Contacts exported"),
            "contacts.group_delete": self.tr("Contact group deleted"),
            "channel.create": self.tr("Channel added"),
            "channel.update": self.tr("Channel changed"),
            "channel.routes": self.tr("Channel routes changed"),
            "channel.failure_map": self.tr("Failure code mapped"),
            "channel.failure_map_delete": self.tr("Failure code mapping deleted"),
            "channel.test": self.tr("Channel connection tested"),
            "settings.set": self.tr("Installation setting changed"),
            "signature.default": self.tr("Default signature chosen"),
            "signature.create": self.tr("Signature added"),
            "signature.update": self.tr("Signature changed"),
            "signature.delete": self.tr("Signature deleted"),
            "blacklist.add": self.tr("Number added to a blacklist"),
            "blacklist.import": self.tr("Numbers imported into a blacklist"),
            "blacklist.delete": self.tr("Numbers removed from a blacklist"),
            "blacklist.opt_out": self.tr("Recipients unsubscribed by reply"),
            "word.add": self.tr("Sensitive word added"),
            "word.import": self.tr("Sensitive words imported"),
            "word.delete": self.tr("Sensitive words deleted"),
            "phrase.create": self.tr("Phrase added"),
            "phrase.update": self.tr("Phrase changed"),
            "phrase.delete": self.tr("Phrase deleted"),
            "phrase_group.create": self.tr("Phrase group added"),
            "phrase_group.rename": self.tr("Phrase group renamed"),
            "phrase_group.delete": self.tr("Phrase group deleted"),
            "template.create": self.tr("Template added"),
            "template.update": self.tr("Template changed"),
            "template.delete": self.tr("Template deleted"),
            "template.approve": self.tr("Template approved"),
            "template.reject": self.tr("Template rejected"),
            "dispatcher.create": self.tr("Dispatcher account created"),
            "dispatcher.password": self.tr("Dispatcher password changed"),
            "dispatcher.start": self.tr("Dispatcher started"),
            "dispatcher.dead": self.tr("Dispatcher stopped answering"),
            "gate.password_reset": self.tr("Sign-in gate password reset"),
            "retention.purge": self.tr("Old records purged"),
            "price.set": self.tr("Price changed"),
            "price.delete": self.tr("Price removed"),
            "report.rebuild": self.tr("Report figures rebuilt"),
            "complaint.blacklist": self.tr("Complaining number blacklisted"),
            "reply.delete": self.tr("Reply deleted"),
            "check.create": self.tr("Number check started"),
            "check.cancel": self.tr("Number check cancelled"),
            "check.delete": self.tr("Number check deleted"),
            "check.provider": self.tr("Number check provider changed"),
        }
        if action in labels:
            return labels[action]
        if action.startswith("client."):
            return self.tr("Reported by a console: %1").replace("%1", self.unknown(action[len("client."):]))
        return self.unknown(action)

    def actor(self, login: str | None, role: str) -> str:
        """Who did it: the login of a person; for the database's own roles, what they are (the installation's
        role names, ``sd_<db>_<hash>_u_<login>`` / ``…_d_<name>`` / ``…_gate``, never reach the screen)."""
        if login:
            return login
        match = _ROLE.match(role or "")
        bare = match.group(1) if match else ""
        if bare.startswith("u_"):
            return bare[2:]
        if bare.startswith("d_"):
            return self.tr("Dispatcher %1").replace("%1", bare[2:])
        if bare == "dispatcher":
            return self.tr("Dispatcher")
        if bare == "gate":
            return self.tr("Sign-in gate")
        return self.tr("System")

    def detail_key(self, key: str) -> str:
        return {
            "kind": self.tr("kind"),
            "status": self.tr("status"),
            "amount": self.tr("amount"),
            "limit": self.tr("limit"),
            "balance": self.tr("balance"),
            "recipients": self.tr("recipients"),
            "reserved": self.tr("reserved"),
            "segments": self.tr("segments"),
            "masked": self.tr("sensitive words masked"),
            "refunded_messages": self.tr("messages refunded"),
            "send_at": self.tr("send at"),
            "reason": self.tr("reason"),
            "list": self.tr("list"),
            "added": self.tr("added"),
            "existing": self.tr("already listed"),
            "received": self.tr("received"),
            "rejected": self.tr("refused"),
            "new": self.tr("new"),
            "source": self.tr("source"),
            "enabled": self.tr("enabled"),
            "public": self.tr("public"),
            "group": self.tr("group"),
            "login": self.tr("login"),
            "name": self.tr("name"),
            "file": self.tr("file"),
            "rows": self.tr("rows"),
            "count": self.tr("count"),
            "key": self.tr("setting"),
            "value": self.tr("value"),
            "channel": self.tr("channel"),
            "os": self.tr("system"),
            "host": self.tr("computer"),
            "app": self.tr("program"),
            "task": self.tr("task no."),
            "check": self.tr("check no."),
            "blacklisted": self.tr("blacklisted numbers"),
            "numbers": self.tr("numbers"),
            "driver": self.tr("provider"),
            "template": self.tr("template no."),
            "owner": self.tr("owner no."),
            "batch": self.tr("batch no."),
            "format": self.tr("format"),
            "full_numbers": self.tr("full numbers"),
            "admin": self.tr("administrator"),
            "reviewer": self.tr("reviewer"),
            "review": self.tr("reviewed"),
            "from": self.tr("from"),
            "to": self.tr("to"),
            "moved": self.tr("moved"),
            "skipped": self.tr("left out"),
            "deleted": self.tr("deleted"),
            "error": self.tr("error"),
        }.get(key, key.replace("_", " "))

    def details(self, details: dict[str, Any] | None, when=None) -> str:
        """An audit row's details as "key: value" pairs in the user's words (numbers and times in their format,
        codes worded); "" for none."""
        if not details:
            return ""
        order = {k: i for i, k in enumerate(DETAIL_KEYS)}
        parts = []
        for key in sorted(details, key=lambda k: (order.get(k, len(order)), k)):
            value = details[key]
            if value is None or value == "":
                continue
            parts.append(f"{self.detail_key(key)}: {self._detail_value(key, value, when)}")
        return "; ".join(parts)

    def _detail_value(self, key: str, value: Any, when) -> str:
        loc = QLocale()
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, int | float):
            return loc.toString(value)
        if key == "kind" and isinstance(value, str):
            if getattr(self, "_common", None) is None:
                from smsdesk.ui.common_labels import CommonLabels

                self._common = CommonLabels(self)
            return self._common.kind(value)
        if key == "status" and isinstance(value, str):
            return self.task_status(value) if value in TASK_STATUSES else value
        if key == "list" and isinstance(value, str):
            scope, _, rest = value.partition(":")
            if scope == "global":
                return self.tr("global blacklist")
            if scope == "kind" and rest:
                return self._detail_value("kind", rest, when)
            return value
        if key == "source" and isinstance(value, str):
            return self.blacklist_source(value)
        if key == "reason" and isinstance(value, str):
            return self.blacklist_reason(value)
        if key == "send_at" and isinstance(value, str) and when is not None:
            from datetime import datetime

            try:
                return when(datetime.fromisoformat(value))
            except ValueError:
                return value
        if isinstance(value, list):
            return ", ".join(self._detail_value(key, v, when) for v in value)
        if isinstance(value, dict):
            return "(" + self.details(value, when) + ")"
        return str(value) if not isinstance(value, str) else value

    def tls_mode(self, mode: str) -> str:
        return {
            "prefer": self.tr("Use TLS when the server offers it"),
            "require": self.tr("Always use TLS (certificate not checked)"),
            "verify-ca": self.tr("TLS with the server's certificate checked"),
            "verify-full": self.tr("TLS with the certificate and server name checked"),
            "disable": self.tr("No TLS"),
            "allow": self.tr("TLS only when the server insists"),
        }.get(mode) or self.unknown(mode)

    def unknown(self, code: str) -> str:
        return self.tr("Other (%1)").replace("%1", code)


def tables() -> dict[str, tuple[str, ...]]:
    """Every code table the console words (the test walks each in both languages)."""
    return {
        "number_reason": (*REASONS, "global", "group", "kind", "duplicate", "blacklisted"),
        "blacklist_source": ("reply", "manual", "import"),
        "failure": FAILURE_CATEGORIES,
        "smsc_stat": SMSC_STATS,
        "smsc_err": SMSC_ERRS,
        "esme_status": ESME_STATUSES,
        "local_error": tuple(c for c in LOCAL_ERRORS if c != "timeout"),
        "task_status": TASK_STATUSES,
        "message_status": MESSAGE_STATUSES,
        "tls_mode": TLS_MODES,
        "detail_key": DETAIL_KEYS,
    }


def dumps(details: dict) -> str:  # kept for a tooltip: the raw details for IT
    return json.dumps(details, ensure_ascii=False, sort_keys=True)
