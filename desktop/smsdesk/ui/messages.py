"""User-facing sentences for the stable error codes of the services, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QObject


def _count(value, default: int = 0) -> int:
    """A count from an error's facts (they arrive as text or numbers)."""
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


class Messages(QObject):
    """A QObject only so that lupdate files these strings under one context."""

    def error_text(self, code: str) -> str:
        texts = {
            "bad_login": self.tr("A login has 1 to 32 characters: lower-case letters, digits, '_', '.' or '-'."),
            "password": self.tr("Wrong login or password."),
            "disabled": self.tr("This account is disabled. Ask your administrator."),
            "locked": self.tr(
                "Too many failed sign-ins on this computer: the account is locked here for a while. Try again later."
            ),
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
            # content library (phrases, signatures, templates, sensitive words, blacklists)
            "phrase_empty": self.tr("A phrase cannot be empty."),
            "phrase_too_long": self.tr("A phrase has at most 500 characters."),
            "phrase_group_empty": self.tr("A phrase group needs a name."),
            "phrase_group_too_long": self.tr("A phrase group name has at most 50 characters."),
            "signature_empty": self.tr("Enter the signature, for example 【SMS Desk】."),
            "signature_too_short": self.tr("A signature has at least 2 characters inside 【】."),
            "signature_too_long": self.tr("A signature has at most 8 characters inside 【】."),
            "signature_nested_brackets": self.tr("A signature cannot contain 【 or 】 inside its brackets."),
            "signature_unbalanced_brackets": self.tr("The signature's brackets do not match: write it as 【name】."),
            "signature_bad_chars": self.tr("A signature cannot contain tabs, line breaks or control characters."),
            "template_name_empty": self.tr("A template needs a name."),
            "template_name_too_long": self.tr("A template name has at most 100 characters."),
            "template_empty": self.tr("A template's text cannot be empty."),
            "template_too_long": self.tr("A template has at most 1000 characters."),
            "template_unclosed": self.tr("A 【 in the template is never closed with 】."),
            "template_unopened": self.tr("A 】 in the template closes nothing."),
            "template_nested": self.tr("A 【 opens inside another variable; variables cannot be nested."),
            "template_empty_name": self.tr("A variable 【】 in the template has no name."),
            "template_not_text": self.tr("The template is not text."),
            "template_not_approved": self.tr("Only approved templates can be used to send."),
            "reason_required": self.tr("A rejection needs a reason."),
            "reason_too_long": self.tr("A reason has at most 200 characters."),
            "word_empty": self.tr("A sensitive word cannot be empty."),
            "word_too_long": self.tr("A sensitive word has at most 50 characters."),
            "word_bad_chars": self.tr("A sensitive word cannot contain tabs, line breaks or control characters."),
            "word_exists": self.tr("That word is already on the list."),
            "no_words": self.tr("The file holds no usable sensitive words."),
            "number_invalid": self.tr("That is not a phone number."),
            "number_listed": self.tr("That number is already on this blacklist."),
            "no_numbers": self.tr("No row of the file holds a phone number. Check the file and the column."),
            # address book
            "no_mobile_column": self.tr("Choose the column of the file that holds the mobile numbers."),
            "contact_changed": self.tr(
                "Somebody else changed this contact after you opened it. Nothing was overwritten."
            ),
            "number_in_group": self.tr("That mobile number is already in this group."),
            "file_write": self.tr("The file cannot be written there. Choose another folder or name."),
            "disk_full": self.tr("The disk is full. Free some space or choose another drive; no file was left behind."),
            "export_format": self.tr("Export to a file ending in .xlsx or .csv."),
            # reports
            "number_fragment": self.tr(
                "Enter at least the last 4 digits of the number (up to the whole number, 15 digits at most)."
            ),
            "content_too_short": self.tr("Enter at least 2 characters of the content to search for."),
            "content_too_long": self.tr("A content search takes at most 200 characters. Shorten the text."),
            "range_reversed": self.tr("The end of the time range is before its start."),
        }
        return texts.get(code, texts["database"])

    def org_text(self, reason: str, facts: dict) -> str:
        """A refused organisation change (services/org_admin.py OrgError), naming who and how much."""
        f = {k: (f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else str(v)) for k, v in facts.items()}
        login, group = f.get("login", ""), f.get("group", "")
        texts = {
            "not_admin": self.tr("Only an administrator may do this."),
            "out_of_scope": self.tr("That is outside your part of the organisation."),
            "own_group": self.tr(
                "Your own group's quota, review setting, name and place are managed by an administrator of the "
                "group above it."
            ),
            "peer_admin": self.tr(
                "An administrator of your own group can only be created or changed by an administrator of a "
                "higher group."
            ),
            "own_account": self.tr("You cannot change your own rights, quota or status."),
            "user_deleted": self.tr("User %1 is deleted. Restore the user first.").replace("%1", login),
            "no_user": self.tr("That user no longer exists."),
            "no_group": self.tr("That group no longer exists; somebody may have deleted it."),
            "group_name": self.tr("A group name has 1 to 100 characters and no \u201c/\u201d."),
            "group_exists": self.tr("There is already a group called \u201c%1\u201d there.").replace(
                "%1", f.get("name", "")
            ),
            "password_short": self.tr("A password has at least %n character(s).", "", _count(f.get("min"), 8)),
            "operator_name": self.tr("A name has at most 100 characters."),
            "kind": self.tr("A user is an administrator or an ordinary user."),
            "login_format": self.tr(
                "A login has 1 to 32 characters: lower-case letters, digits, '_', '.' or '-', starting with a "
                "letter or digit."
            ),
            "login_taken": self.tr("The login %1 is taken. Choose another.").replace("%1", login),
            "login_deleted": self.tr(
                "The login %1 belongs to a deleted user. Restore that user (under Deleted users) instead."
            ).replace("%1", login),
            "verifier": self.tr("The password could not be prepared. Try again."),
            "right_not_held": self.tr("You cannot give a right you do not have yourself."),
            "status": self.tr("That status is not known."),
            "not_deleted": self.tr("User %1 is not deleted.").replace("%1", login),
            "group_deleted": self.tr(
                "The group of user %1 was deleted. Choose the group to restore the user into."
            ).replace("%1", login),
            "amount": self.tr("Enter a number of segments greater than 0."),
            "group_balance": self.tr("Group \u201c%1\u201d holds only %2; asked for: %3.")
            .replace("%1", group)
            .replace("%2", self._segments(f.get("balance")))
            .replace("%3", self._segments(f.get("asked"))),
            "user_unused": self.tr("User %1 has only %2 unused; asked for: %3.")
            .replace("%1", login)
            .replace("%2", self._segments(f.get("unused")))
            .replace("%3", self._segments(f.get("asked"))),
            "top_level_funding": self.tr("Only an administrator of the top-level group tops it up."),
            "top_level_return": self.tr("The top-level group has no group above it to give quota back to."),
            "top_level_move": self.tr("The top-level group cannot be moved."),
            "top_level_create": self.tr("Only IT creates a top-level group."),
            "top_level_delete": self.tr("The top-level group cannot be deleted."),
            "into_own_subtree": self.tr("A group cannot be moved into itself or into a group below it."),
            "group_not_empty": self._not_empty(group, facts),
            "import_refused": self._import_refused(facts),
        }
        return texts.get(reason, self.error_text("database"))

    def _segments(self, value) -> str:
        """A number of segments as a phrase with its plural ("1 segment", "1,200 segments")."""
        return self.tr("%Ln segment(s)", "", _count(value))

    def _import_refused(self, facts: dict) -> str:
        text = self.tr(
            "Nothing was imported: %n row(s) refused, the first on row %1 (login %2).", "", int(facts.get("refused", 0))
        )
        text = text.replace("%1", str(facts.get("row", ""))).replace("%2", str(facts.get("login", "")))
        if facts.get("results"):
            text += " " + self.tr("What is wrong with each row is in %1.").replace("%1", str(facts["results"]))
        return text

    def _not_empty(self, group: str, facts: dict) -> str:
        parts = []
        if facts.get("users"):
            parts.append(self.tr("%n user(s)", "", int(facts["users"])))
        if facts.get("groups"):
            parts.append(self.tr("%n sub-group(s)", "", int(facts["groups"])))
        if facts.get("balance"):
            parts.append(self.tr("a balance of %Ln segment(s)", "", int(facts['balance'])))
        text = self.tr("Group \u201c%1\u201d cannot be deleted: it still holds %2. Move or delete them first.")
        return text.replace("%1", group).replace("%2", self.tr(", ").join(parts))

    def unexpected(self) -> str:
        return self.tr("Something went wrong.")

    def file_text(self, reason: str, params: dict) -> str:
        """Why a file cannot be imported (infra.tabular.TableError), naming the limit and where in the file."""
        p = {k: (f"{v:,}" if isinstance(v, int) else str(v)) for k, v in (params or {}).items()}
        limit, where = p.get("limit", ""), self._where(p)
        if reason == "encoding" and p.get("encoding"):
            text = self.tr("Line %1 cannot be read as %2. Choose another encoding, or save the file as UTF-8.")
            return text.replace("%1", p.get("line", "1")).replace("%2", p["encoding"])
        texts = {
            "missing": self.tr("The file no longer exists, or is not a file."),
            "unsupported": self.tr("Only CSV, TXT, XLSX and XLS files can be imported."),
            "too_large": self.tr("The file is too large to import (the limit is %1).").replace("%1", limit),
            "empty": self.tr("The file is empty."),
            "header_only": self.tr("The file has a header row but no data under it."),
            "not_text": self.tr("The file is not a text table: it holds binary data."),
            "not_spreadsheet": self.tr("The file is not an Excel workbook; it may be damaged or renamed."),
            "encrypted": self.tr("The workbook is protected by a password. Save a copy without one and import that."),
            "no_sheet": self.tr("The workbook has no sheet \u201c%1\u201d.").replace("%1", p.get("sheet", "")),
            "no_column": self.tr("The file has no column \u201c%1\u201d.").replace("%1", p.get("column", "")),
            "symlink": self.tr("The file is a link (to %1). Links are not followed: choose the file itself.").replace(
                "%1", p.get("target", "")
            ),
            "unreadable": self.tr("You are not allowed to read this file, or the system refused to open it."),
            "encoding": self.tr(
                "Line %1 cannot be read in any encoding SMS Desk supports (UTF-8, GBK/GB18030, Big5, UTF-16). "
                "The file may be damaged or mix encodings: save it again as UTF-8."
            ).replace("%1", p.get("line", "1")),
            "encoding_unsure": self.tr(
                "The file reads as %1, but its characters look wrong: it may be in an encoding SMS Desk does not "
                "support (such as Shift-JIS or a Windows code page). Choose its encoding, or save it as UTF-8."
            ).replace("%1", p.get("encoding", "")),
            "nul": self.tr("%1 holds a NUL character (binary data), which cannot be imported.").replace("%1", where),
            "line_too_long": self.tr(
                "Line %1 is longer than %2; the lines of a table are far shorter. Is this the right file?"
            )
            .replace("%1", p.get("line", "1"))
            .replace("%2", limit),
            "cell_too_long": self.tr(
                "%1 holds a cell longer than %2 characters (Excel's own limit), or a quote that is never closed."
            )
            .replace("%1", where)
            .replace("%2", limit),
            "too_many_columns": self.tr("%1 goes beyond the limit of %2 columns.")
            .replace("%1", where)
            .replace("%2", limit),
            "too_many_cells": self.tr("The file has more than %1 cells. Split it into smaller files.").replace(
                "%1", limit
            ),
            "unpacked_too_large": self.tr(
                "The workbook unpacks to far more data than a workbook of its size holds (the limit is %1): it may "
                "be damaged or built to exhaust memory."
            ).replace("%1", limit),
            "reader_died": self.tr("Reading the workbook failed: it may be damaged or built to exhaust memory."),
        }
        return texts.get(reason, self.tr("The file cannot be imported."))

    def _where(self, p: dict[str, str]) -> str:
        sheet = p.get("sheet")
        if p.get("cell"):
            if sheet:
                return self.tr("Cell %1 of sheet \u201c%2\u201d").replace("%1", p["cell"]).replace("%2", sheet)
            return self.tr("Cell %1").replace("%1", p["cell"])
        row = p.get("row") or p.get("line")
        if row and p.get("column"):
            if sheet:
                text = self.tr("Row %1, column %2 of sheet \u201c%3\u201d").replace("%3", sheet)
            else:
                text = self.tr("Row %1, column %2")
            return text.replace("%1", row).replace("%2", p["column"])
        if row:
            if sheet:
                return self.tr("Row %1 of sheet \u201c%2\u201d").replace("%1", row).replace("%2", sheet)
            return self.tr("Line %1").replace("%1", row) if "line" in p else self.tr("Row %1").replace("%1", row)
        if sheet:
            return self.tr("Sheet \u201c%1\u201d").replace("%1", sheet)
        return self.tr("The file")


def describe(exc: BaseException) -> tuple[str, str]:
    """(sentence for the user, technical detail)."""
    code = getattr(exc, "code", None)
    detail = getattr(exc, "detail", "") or str(exc)
    org_reason = getattr(exc, "org_reason", None)  # a refused organisation change (services.org_admin.OrgError)
    if isinstance(org_reason, str) and org_reason:
        return Messages().org_text(org_reason, getattr(exc, "facts", {})), detail
    reason = getattr(exc, "reason", None)  # a file that cannot be imported (infra.tabular.TableError)
    if code == "invalid" and isinstance(reason, str):
        return Messages().file_text(reason, getattr(exc, "params", {})), detail
    if code:
        return Messages().error_text(code), detail
    return Messages().unexpected(), detail
