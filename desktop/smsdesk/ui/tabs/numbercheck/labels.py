"""How the number check's codes read in the console: carriers, live statuses, refusal reasons, blacklists, states."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def carrier(code: str | None, host: str | None = None) -> str:
    names = {
        "mobile": QCoreApplication.translate("NumberCheckLabels", "China Mobile"),
        "unicom": QCoreApplication.translate("NumberCheckLabels", "China Unicom"),
        "telecom": QCoreApplication.translate("NumberCheckLabels", "China Telecom"),
        "broadnet": QCoreApplication.translate("NumberCheckLabels", "China Broadnet"),
        "virtual": QCoreApplication.translate("NumberCheckLabels", "Virtual operator"),
        "other": QCoreApplication.translate("NumberCheckLabels", "Other"),
    }
    if not code:
        return ""
    if code == "virtual" and host:
        return QCoreApplication.translate("NumberCheckLabels", "Virtual operator (%1)").replace(
            "%1", names.get(host, host)
        )
    return names.get(code, QCoreApplication.translate("NumberCheckLabels", "Other"))


def status(code: str | None) -> str:
    names = {
        "empty": QCoreApplication.translate("NumberCheckLabels", "Empty (no such number)"),
        "suspended": QCoreApplication.translate("NumberCheckLabels", "Suspended"),
        "powered_off": QCoreApplication.translate("NumberCheckLabels", "Powered off"),
        "active": QCoreApplication.translate("NumberCheckLabels", "Active"),
        "unknown": QCoreApplication.translate("NumberCheckLabels", "Unknown"),
        "pending": QCoreApplication.translate("NumberCheckLabels", "Looking up…"),
        "cancelled": QCoreApplication.translate("NumberCheckLabels", "Cancelled"),
    }
    if code is None:
        return "—"
    return names.get(code, QCoreApplication.translate("NumberCheckLabels", "Unknown"))


def reason(code: str | None) -> str:
    names = {
        "empty": QCoreApplication.translate("NumberCheckLabels", "Empty cell"),
        "not_a_number": QCoreApplication.translate("NumberCheckLabels", "Not a number"),
        "bad_chars": QCoreApplication.translate("NumberCheckLabels", "Characters no phone number has"),
        "imprecise": QCoreApplication.translate("NumberCheckLabels", "Digits lost in Excel's scientific notation"),
        "too_short": QCoreApplication.translate("NumberCheckLabels", "Too short"),
        "too_long": QCoreApplication.translate("NumberCheckLabels", "Too long"),
        "invalid_prefix": QCoreApplication.translate("NumberCheckLabels", "No mobile number starts like this"),
        "unknown_country": QCoreApplication.translate("NumberCheckLabels", "Unknown country code"),
        "invalid_number": QCoreApplication.translate("NumberCheckLabels", "No such number"),
        "not_mobile": QCoreApplication.translate("NumberCheckLabels", "Not a mobile number"),
        "no_mobile": QCoreApplication.translate("NumberCheckLabels", "The contact has no mobile number"),
    }
    return names.get(code or "", QCoreApplication.translate("NumberCheckLabels", "Invalid")) if code else ""


def blacklist(label: str) -> str:
    """'global', 'kind:marketing', 'group:总部/华东' as the user reads them."""
    if label == "global":
        return QCoreApplication.translate("NumberCheckLabels", "Global blacklist")
    kind, _, rest = label.partition(":")
    if kind == "kind":
        kinds = {
            "verification": QCoreApplication.translate("NumberCheckLabels", "verification codes"),
            "notification": QCoreApplication.translate("NumberCheckLabels", "notifications"),
            "marketing": QCoreApplication.translate("NumberCheckLabels", "marketing"),
            "alert": QCoreApplication.translate("NumberCheckLabels", "alerts"),
        }
        return QCoreApplication.translate("NumberCheckLabels", "Blacklist for %1").replace("%1", kinds.get(rest, rest))
    if kind == "group":
        return QCoreApplication.translate("NumberCheckLabels", "Blacklist of %1").replace("%1", rest)
    return label


def task_state(code: str) -> str:
    return {
        "checking": QCoreApplication.translate("NumberCheckLabels", "Checking"),
        "done": QCoreApplication.translate("NumberCheckLabels", "Done"),
        "cancelled": QCoreApplication.translate("NumberCheckLabels", "Cancelled"),
    }.get(code, code)


def source(code: str) -> str:
    return {
        "typed": QCoreApplication.translate("NumberCheckLabels", "Typed"),
        "file": QCoreApplication.translate("NumberCheckLabels", "File"),
        "contacts": QCoreApplication.translate("NumberCheckLabels", "Address book"),
    }.get(code, code)


def validity(code: str) -> str:
    return {
        "valid": QCoreApplication.translate("NumberCheckLabels", "Valid"),
        "invalid": QCoreApplication.translate("NumberCheckLabels", "Invalid"),
        "blacklisted": QCoreApplication.translate("NumberCheckLabels", "Blacklisted"),
    }.get(code, code)


def number(shown: str) -> str:
    """A mainland mobile as people read it (138 0013 8000); other numbers, masked ones and raw input as stored."""
    if len(shown) == 14 and shown.startswith("+861") and (shown[1:].isdigit() or "****" in shown):
        national = shown[3:]
        return f"{national[:3]} {national[3:7]} {national[7:]}"
    return shown
