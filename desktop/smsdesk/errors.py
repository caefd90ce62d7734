"""The one error type with a stable code, shared by every layer that reports to a user.

Services raise it for refusals the database or the rules make; infra raises it for a file that cannot be read
(``infra.tabular.TableError``). The console translates ``code`` (ui/messages.py); the command line prints it.
``services/errors.py`` adds the mapping from database errors and is where services and the console import it.
"""

from __future__ import annotations


class ServiceError(Exception):
    """``code`` is stable (for translation and exit statuses); ``detail`` is the database's own English text."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail
