"""Adding or editing one contact: fields with validation, the mobile number checked as it is typed (SEND-6).

Users who may not see full numbers (SEC-3) see the stored numbers masked; leaving them as they are keeps them.
Saving runs on the write pool; a contact changed by somebody else meanwhile is reported, not overwritten.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import contacts
from smsdesk.services.contacts import ContactDraft, ContactRow, FieldRow
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.messages import describe

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class ContactDialog(QDialog):
    saved = Signal(int)  # contact id

    def __init__(
        self,
        ctx: ConsoleContext,
        *,
        group_id: int,
        group_path: str,
        fields: list[FieldRow],
        contact: ContactRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contact_dialog")
        self.ctx = ctx
        self.group_id = group_id
        self.contact = contact
        self.fields = fields
        self._handle = None
        self.setWindowTitle(self.tr("New contact") if contact is None else self.tr("Edit contact"))
        self.setMinimumWidth(440)

        self.group_label = QLabel(group_path)
        self.name = QLineEdit()
        self.name.setObjectName("contact_name")
        self.name.setMaxLength(200)
        self.mobile = QLineEdit()
        self.mobile.setObjectName("contact_mobile")
        self.mobile.setMaxLength(64)
        self.mobile_hint = QLabel()
        self.mobile_hint.setObjectName("contact_mobile_hint")
        self.mobile_hint.setWordWrap(True)
        self.phone = QLineEdit()
        self.phone.setObjectName("contact_phone")
        self.phone.setMaxLength(64)
        self.email = QLineEdit()
        self.email.setObjectName("contact_email")
        self.email.setMaxLength(254)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("contact_notes")
        self.notes.setFixedHeight(72)
        self.custom: dict[str, QLineEdit] = {}

        form = QFormLayout()
        form.addRow(self.tr("Group:"), self.group_label)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Mobile:"), self.mobile)
        form.addRow("", self.mobile_hint)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Email:"), self.email)
        form.addRow(self.tr("Notes:"), self.notes)
        for f in fields:
            edit = QLineEdit()
            edit.setMaxLength(500)
            self.custom[f.key] = edit
            form.addRow(f"{f.label}:", edit)

        self.error = QLabel()
        self.error.setObjectName("contact_error")
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._masked_mobile = self._masked_phone = None
        if contact is not None:
            self._fill(contact)
        self.mobile.textChanged.connect(self._on_mobile_text_changed)
        self._on_mobile_text_changed(self.mobile.text())

    def _fill(self, c: ContactRow) -> None:
        self.name.setText(c.name)
        self.mobile.setText(c.mobile)
        self.phone.setText(c.phone)
        if c.masked:
            # what is shown is not the number: unchanged, it means "keep the stored one"
            self._masked_mobile, self._masked_phone = c.mobile, c.phone
            self.mobile.setToolTip(self.tr("Shown masked. Type a new number to replace it, or leave it as it is."))
        self.email.setText(c.email)
        self.notes.setPlainText(c.notes)
        for key, edit in self.custom.items():
            edit.setText(str(c.custom.get(key, "")))

    def _on_mobile_text_changed(self, text: str) -> None:
        if self._masked_mobile is not None and text == self._masked_mobile:
            state = self.contact.mobile_state if self.contact else "none"
            self.mobile_hint.setText(self.tr("Not a valid mobile number") if state == "invalid" else "")
            return
        if not text.strip():
            self.mobile_hint.setText("")
            return
        number = contacts.check_mobile(text)
        if number.valid:
            self.mobile_hint.setStyleSheet("color: #2e7d32")
            self.mobile_hint.setText(self.tr("Valid: %1").replace("%1", number.e164))
        else:
            self.mobile_hint.setStyleSheet("color: #c0392b")
            self.mobile_hint.setText(self.reason_text(number.reason))

    def reason_text(self, reason: str | None) -> str:
        texts = {
            "empty": self.tr("No number"),
            "not_a_number": self.tr("Not a number"),
            "bad_chars": self.tr("Has characters no phone number has"),
            "imprecise": self.tr("Excel rounded this number (e.g. 1.38E+10); its digits are lost"),
            "too_short": self.tr("Too short for a mobile number"),
            "too_long": self.tr("Too long for a mobile number"),
            "invalid_prefix": self.tr("No mainland mobile number starts like this"),
            "unknown_country": self.tr("Unknown country code"),
            "invalid_number": self.tr("Not a valid number"),
            "not_mobile": self.tr("A landline or service number: it cannot receive SMS"),
        }
        return texts.get(reason or "", self.tr("Not a valid mobile number")) + self.tr(" (it is kept, marked invalid)")

    def draft(self) -> ContactDraft:
        mobile: str | None = self.mobile.text()
        phone: str | None = self.phone.text()
        if self._masked_mobile is not None and mobile == self._masked_mobile:
            mobile = None
        if self._masked_phone is not None and phone == self._masked_phone:
            phone = None
        return ContactDraft(
            name=self.name.text().strip(),
            mobile=mobile,
            phone=phone,
            email=self.email.text().strip(),
            notes=self.notes.toPlainText(),
            custom={key: edit.text().strip() for key, edit in self.custom.items()},
        )

    def validate(self) -> str:
        d = self.draft()
        has_mobile = d.mobile is None or bool(d.mobile.strip())
        if not d.name and not has_mobile:
            return self.tr("Give a name or a mobile number.")
        if d.email and not _EMAIL.fullmatch(d.email):
            return self.tr("That is not an email address.")
        return ""

    def save(self) -> None:
        problem = self.validate()
        self.error.setText(problem)
        if problem or (self._handle is not None and self._handle.running):
            return
        self.buttons.setEnabled(False)
        draft = self.draft()
        if self.contact is None:
            self._handle = self.ctx.runner.write(
                contacts.create_contact,
                self.group_id,
                draft,
                changes={Change.CONTACTS},
                on_done=self._on_saved,
                on_error=self._on_error,
                owner=self,
            )
        else:
            self._handle = self.ctx.runner.write(
                contacts.update_contact,
                self.contact.id,
                self.contact.version,
                draft,
                changes={Change.CONTACTS},
                on_done=lambda _version: self._on_saved(self.contact.id),
                on_error=self._on_error,
                owner=self,
            )

    def _on_saved(self, contact_id: int) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(contact_id)
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        text, detail = describe(exc)
        self.error.setText(text)
        self.error.setToolTip(detail)
        if getattr(exc, "code", "") == "contact_changed":
            # their version is the one to start from: load it, keep the dialog open
            self.ctx.runner.read(
                contacts.contact,
                self.contact.id,
                self.ctx.profile.see_full_numbers,
                on_done=self._reload,
                owner=self,
            )

    def _reload(self, contact: ContactRow) -> None:
        self.contact = contact
        self._fill(contact)
        self.error.setText(
            self.error.text() + " " + self.tr("Their version is shown now; make your change again and save.")
        )
