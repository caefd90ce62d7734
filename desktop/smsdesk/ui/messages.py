"""User-facing sentences for the stable error codes of the services, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QObject


class Messages(QObject):
    """A QObject only so that lupdate files these strings under one context."""

    def error_text(self, code: str) -> str:
        texts = {
            "bad_login": self.tr("A login has 1 to 32 characters: lower-case letters, digits, '_', '.' or '-'."),
            "password": self.tr("Wrong login or password."),
            "disabled": self.tr("This account is disabled. Ask your administrator."),
            "unreachable": self.tr("Cannot reach the database server. Check the network and the server address."),
            "no_database": self.tr("The server has no SMS Desk database by that name."),
            "not_allowed": self.tr("The database server does not accept connections from this workstation."),
            "schema_missing": self.tr(
                "This database has not been set up for SMS Desk. Ask IT to run 'smsdesk-admin db init'."
            ),
            "schema_older": self.tr(
                "The database is older than this console. Ask IT to run 'smsdesk-admin db upgrade'."
            ),
            "schema_newer": self.tr("The database was upgraded by a newer SMS Desk. Install the newer console."),
            "forbidden": self.tr("You are not allowed to do this."),
            "not_found": self.tr("It no longer exists; somebody may have removed it."),
            "conflict": self.tr("That name is already taken."),
            "invalid": self.tr("The input is not valid."),
            "insufficient_quota": self.tr("Not enough quota."),
            "database": self.tr("The database reported an error."),
        }
        return texts.get(code, texts["database"])

    def unexpected(self) -> str:
        return self.tr("Something went wrong.")


def describe(exc: BaseException) -> tuple[str, str]:
    """(sentence for the user, technical detail)."""
    code = getattr(exc, "code", None)
    detail = getattr(exc, "detail", "") or str(exc)
    if code:
        return Messages().error_text(code), detail
    return Messages().unexpected(), detail
