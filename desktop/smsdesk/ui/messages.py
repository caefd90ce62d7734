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
            # files that cannot be imported (infra.tabular.TableError.reason)
            "file_missing": self.tr("The file no longer exists."),
            "file_unsupported": self.tr("Only CSV, TXT, XLSX and XLS files can be imported."),
            "file_too_large": self.tr("The file is too large to import."),
            "file_empty": self.tr("The file is empty."),
            "file_header_only": self.tr("The file has a header row but no data under it."),
            "file_not_text": self.tr("The file is not a text table, or is in an unknown encoding (use UTF-8 or GBK)."),
            "file_not_spreadsheet": self.tr("The file is not an Excel workbook; it may be damaged or renamed."),
            "file_encrypted": self.tr(
                "The workbook is protected by a password. Save a copy without one and import that."
            ),
            "file_no_sheet": self.tr("The workbook has no such sheet."),
            "file_no_column": self.tr("The file has no such column."),
            # address book
            "no_mobile_column": self.tr("Choose the column of the file that holds the mobile numbers."),
            "contact_changed": self.tr(
                "Somebody else changed this contact after you opened it. Nothing was overwritten."
            ),
            "number_in_group": self.tr("That mobile number is already in this group."),
            "file_write": self.tr("The file cannot be written there. Choose another folder or name."),
        }
        return texts.get(code, texts["database"])

    def unexpected(self) -> str:
        return self.tr("Something went wrong.")


def describe(exc: BaseException) -> tuple[str, str]:
    """(sentence for the user, technical detail)."""
    code = getattr(exc, "code", None)
    detail = getattr(exc, "detail", "") or str(exc)
    reason = getattr(exc, "reason", None)  # a file that cannot be imported (infra.tabular.TableError)
    if code == "invalid" and isinstance(reason, str):
        code = f"file_{reason}"
    if code:
        return Messages().error_text(code), detail
    return Messages().unexpected(), detail
