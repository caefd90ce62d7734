"""The database's reasons for refusing a setting (_setting_problem, settings_set) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from smsdesk.ui.messages import describe


class SettingsLabels(QObject):
    """A QObject so that lupdate files these strings under one context."""

    def problem(self, exc: BaseException) -> str:
        detail = getattr(exc, "detail", "") or str(exc)
        known = {
            "only an administrator of the top-level group changes": self.tr(
                "Only administrators of the top-level group change installation settings."
            ),
            "the opt-out suffix has 1 to 20 characters": self.tr("The opt-out suffix has 1 to 20 characters."),
            "marketing hours are a start and a later end": self.tr(
                "Marketing hours need a start and a later end (HH:MM) and a time zone."
            ),
            "unknown time zone": self.tr("That time zone is unknown. Choose one from the list."),
            "a content limit is a whole number": self.tr(
                "A content limit is a whole number of characters from 10 to 1000."
            ),
            "sensitive words are either replaced or refused": self.tr(
                "Sensitive words are either replaced or refused."
            ),
            "retention is a whole number of months": self.tr(
                "Retention is a whole number of months from 0 (keep everything) to 1200."
            ),
            "the sign-in policy needs": self.tr(
                "The minimum password length is 6 to 64, failures before lockout 0 to 100 (0: never), and the "
                "lockout lasts 1 to 1440 minutes."
            ),
            "the price list needs a default price": self.tr("The price list needs a default price."),
            "a price is an amount": self.tr(
                "A price is an amount of 0 or more with at most 4 decimals, such as 0.045."
            ),
            "unknown message kind in the price list": self.tr("The price list names an unknown message kind."),
            "a carrier name has 1 to 32 characters": self.tr("A carrier name has 1 to 32 characters."),
            "the simulator's latency": self.tr("The simulator's delay is 0 to 10000 milliseconds."),
            "the simulator's reply rate": self.tr("The simulator's reply rate is 0 to 100%."),
            "an outcome's weight": self.tr("An outcome's weight is a number from 0 to 1000."),
            "the simulator's outcome mix needs at least one positive weight": self.tr(
                "Give at least one outcome a weight above 0."
            ),
        }
        for english, text in known.items():
            if detail.startswith(english):
                return text
        return describe(exc)[0]
