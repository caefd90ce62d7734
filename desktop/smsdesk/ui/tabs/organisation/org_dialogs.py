"""The Organisation tab's dialogs: a group's name, where a group moves, an amount of quota, a user's details and a
password. Each only collects and checks what was typed; the tab runs the change in the background and the database
has the last word."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services.auth import valid_login

MAX_SPIN = 2_000_000_000
GROUP_ROLE = Qt.ItemDataRole.UserRole + 20


class _Form(QDialog):
    """A dialog with a form, an error line and OK/Cancel; ``problem()`` says what blocks OK, or ''."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("dialog_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def problem(self) -> str:
        return ""

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _try_accept(self) -> None:
        text = self.problem()
        self.show_problem(text)
        if not text:
            self.accept()


def group_name_problem(name: str) -> str:
    clean = name.strip()
    if not clean or len(clean) > 100 or "/" in clean:
        return QCoreApplication.translate("OrgDialogs", "A group name has 1 to 100 characters and no \u201c/\u201d.")
    return ""


class GroupNameDialog(_Form):
    """Adding a sub-group (with its review setting) or renaming one."""

    def __init__(self, title: str, where: str, name: str = "", *, with_review: bool, parent=None) -> None:
        super().__init__(title, parent)
        self.setObjectName("group_name_dialog")
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setObjectName("group_name")
        self.name.setMaxLength(100)
        self.form.addRow(self.tr("Under:"), self.where)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.review = QCheckBox(self.tr("Tasks of this group are reviewed before they are sent"))
        self.review.setObjectName("group_review")
        if with_review:
            self.form.addRow("", self.review)
        self.finish_layout()
        self.resize(460, self.sizeHint().height())

    def problem(self) -> str:
        return group_name_problem(self.name.text())

    def values(self) -> tuple[str, bool]:
        return self.name.text().strip(), self.review.isChecked()


def group_model(groups, selectable: set[int], parent) -> tuple[QStandardItemModel, dict[int, QStandardItem]]:
    """The group tree as a one-column model; groups outside ``selectable`` are shown (for their path) but greyed."""
    model = QStandardItemModel(parent)
    items: dict[int, QStandardItem] = {}
    for g in groups:  # parents first
        item = QStandardItem(g.name)
        item.setData(g.id, GROUP_ROLE)
        item.setEditable(False)
        item.setEnabled(g.id in selectable)
        items.get(g.parent_id, model.invisibleRootItem()).appendRow(item)
        items[g.id] = item
    return model, items


class MoveGroupDialog(_Form):
    """Where a group goes: any group of the caller's subtree except the group itself and those below it."""

    def __init__(self, groups, group, allowed: set[int], parent=None) -> None:
        super().__init__(self.tr("Move group"), parent)
        self.setObjectName("move_group_dialog")
        self.group = group
        intro = QLabel(
            self.tr("Move \u201c%1\u201d with its sub-groups, users and balance under:").replace("%1", group.path)
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.tree = QTreeView()
        self.tree.setObjectName("move_target_tree")
        self.tree.setHeaderHidden(True)
        self.model, self.items = group_model(groups, allowed, self)
        self.tree.setModel(self.model)
        self.tree.expandAll()
        self.layout_.insertWidget(1, self.tree, 1)
        self.note = QLabel(
            self.tr(
                "Greyed groups cannot take it: the group itself, the groups below it and those "
                "outside your part of the organisation."
            )
        )
        self.note.setWordWrap(True)
        self.layout_.insertWidget(2, self.note)
        parent_item = self.items.get(group.parent_id)
        if parent_item is not None:
            self.tree.setCurrentIndex(parent_item.index())
        self.finish_layout()
        self.resize(460, 480)

    def target(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(GROUP_ROLE) if index.isValid() and self.model.itemFromIndex(index).isEnabled() else None

    def problem(self) -> str:
        target = self.target()
        if target is None:
            return self.tr("Choose the group to move it under.")
        if target == self.group.parent_id:
            return self.tr("It is already there. Choose another group.")
        return ""


class AmountDialog(_Form):
    """How many segments to top up, give back or take back, with what the source holds."""

    def __init__(self, title: str, explanation: str, available: int | None, parent=None) -> None:
        super().__init__(title, parent)
        self.setObjectName("amount_dialog")
        text = QLabel(explanation)
        text.setWordWrap(True)
        text.setObjectName("amount_explanation")
        self.layout_.insertWidget(0, text)
        self.amount = QSpinBox()
        self.amount.setObjectName("amount")
        self.amount.setRange(0, MAX_SPIN)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSuffix(self.tr(" segments"))
        self.available = available
        self.form.addRow(self.tr("&Amount:"), self.amount)
        if available is not None:
            self.form.addRow(
                self.tr("Available:"), QLabel(self.tr("%Ln segment(s)", "", int(available)))
            )
        self.finish_layout()
        self.resize(440, self.sizeHint().height())

    def problem(self) -> str:
        if self.amount.value() <= 0:
            return self.tr("Enter a number of segments greater than 0.")
        if self.available is not None and self.amount.value() > self.available:
            return self.tr("That is more than the %Ln segment(s) available.", "", int(self.available))
        return ""

    def value(self) -> int:
        return self.amount.value()


def password_problem(password: str, again: str, least: int) -> str:
    if len(password) < least:
        return QCoreApplication.translate("OrgDialogs", "A password has at least %1 characters.").replace(
            "%1", str(least)
        )
    if password != again:
        return QCoreApplication.translate("OrgDialogs", "The two passwords differ.")
    return ""


class UserDialog(_Form):
    """Adding a user (login, password, initial quota) or editing one (everything but the login)."""

    def __init__(
        self,
        groups,
        allowed: set[int],
        *,
        user=None,
        group_id: int | None = None,
        least_password: int = 8,
        can_grant_full_numbers: bool = True,
        is_top_admin: bool = False,
        my_group: int | None = None,
        paths: dict[int, str] | None = None,
        parent=None,
    ) -> None:
        super().__init__(self.tr("Edit user") if user else self.tr("Add user"), parent)
        self.setObjectName("user_dialog")
        self.user = user
        self.least = least_password
        self.my_group = my_group
        self.is_top_admin = is_top_admin
        paths = paths or {g.id: g.path for g in groups}
        self.login = QLineEdit(user.login if user else "")
        self.login.setObjectName("user_login")
        self.login.setMaxLength(32)
        self.login.setReadOnly(user is not None)
        self.login.setPlaceholderText(self.tr("e.g. li.ming"))
        self.name = QLineEdit(user.operator_name if user else "")
        self.name.setObjectName("user_name")
        self.name.setMaxLength(100)
        self.group = QComboBox()
        self.group.setObjectName("user_group")
        for g in groups:
            if g.id in allowed:
                self.group.addItem(paths.get(g.id, g.name), g.id)
        wanted = user.group_id if user else group_id
        if wanted is not None and self.group.findData(wanted) >= 0:
            self.group.setCurrentIndex(self.group.findData(wanted))
        self.mobile = QLineEdit((user.mobile or "") if user else "")
        self.mobile.setObjectName("user_mobile")
        self.mobile.setMaxLength(20)
        kinds = QWidget()
        kl = QHBoxLayout(kinds)
        kl.setContentsMargins(0, 0, 0, 0)
        self.kind_user = QRadioButton(self.tr("User"))
        self.kind_admin = QRadioButton(self.tr("Administrator"))
        self.kind_user.setObjectName("kind_user")
        self.kind_admin.setObjectName("kind_admin")
        self._kinds = QButtonGroup(self)
        self._kinds.addButton(self.kind_user)
        self._kinds.addButton(self.kind_admin)
        (self.kind_admin if user and user.kind == "admin" else self.kind_user).setChecked(True)
        kl.addWidget(self.kind_user)
        kl.addWidget(self.kind_admin)
        kl.addStretch(1)
        self.reviewer = QCheckBox(self.tr("Reviewer: approves the work of others"))
        self.reviewer.setObjectName("user_reviewer")
        self.reviewer.setChecked(bool(user and user.is_reviewer))
        self.review = QCheckBox(self.tr("Review this user's tasks before they are sent"))
        self.review.setObjectName("user_review")
        self.review.setChecked(bool(user.review_mode) if user else True)
        self.full_numbers = QCheckBox(self.tr("May see full phone numbers"))
        self.full_numbers.setObjectName("user_full_numbers")
        self.full_numbers.setChecked(bool(user and user.see_full_numbers))
        if not can_grant_full_numbers and not self.full_numbers.isChecked():
            self.full_numbers.setEnabled(False)
            self.full_numbers.setToolTip(self.tr("You do not see full numbers yourself, so you cannot grant it."))
        self.form.addRow(self.tr("&Login:"), self.login)
        self.form.addRow(self.tr("Operator &name:"), self.name)
        self.form.addRow(self.tr("&Group:"), self.group)
        self.form.addRow(self.tr("&Mobile:"), self.mobile)
        self.form.addRow(self.tr("Type:"), kinds)
        self.form.addRow("", self.reviewer)
        self.form.addRow("", self.review)
        self.form.addRow("", self.full_numbers)
        self.quota = QSpinBox()
        self.quota.setObjectName("user_quota")
        self.quota.setRange(0, MAX_SPIN)
        self.quota.setGroupSeparatorShown(True)
        self.quota.setSuffix(self.tr(" segments"))
        self.password = QLineEdit()
        self.password.setObjectName("user_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("user_password_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if user is None:
            self.form.addRow(self.tr("Initial &quota:"), self.quota)
            self.form.addRow(self.tr("&Password:"), self.password)
            self.form.addRow(self.tr("Password &again:"), self.again)
            hint = QLabel(
                self.tr("At least %Ln character(s). The user signs in with it.", "", int(least_password))
            )
            hint.setObjectName("password_hint")
            self.form.addRow("", hint)
        self.finish_layout()
        self.resize(520, self.sizeHint().height())

    def problem(self) -> str:
        if self.user is None and not valid_login(self.login.text().strip().lower()):
            return self.tr(
                "A login has 1 to 32 characters: lower-case letters, digits, '_', '.' or '-', starting "
                "with a letter or digit."
            )
        if len(self.name.text().strip()) > 100:
            return self.tr("A name has at most 100 characters.")
        if self.group.currentIndex() < 0:
            return self.tr("Choose the user's group.")
        if (
            self.kind_admin.isChecked()
            and self.group.currentData() == self.my_group
            and not self.is_top_admin
            and not (self.user and self.user.kind == "admin")
        ):
            return self.tr(
                "An administrator of your own group can only be created by an administrator of a "
                "higher group. Choose a group below yours."
            )
        if self.user is None:
            return password_problem(self.password.text(), self.again.text(), self.least)
        return ""

    def values(self) -> dict:
        return {
            "login": self.login.text().strip().lower(),
            "operator_name": self.name.text().strip(),
            "group_id": self.group.currentData(),
            "mobile": self.mobile.text().strip() or None,
            "admin": self.kind_admin.isChecked(),
            "reviewer": self.reviewer.isChecked(),
            "review": self.review.isChecked(),
            "see_full_numbers": self.full_numbers.isChecked(),
            "quota": self.quota.value(),
            "password": self.password.text(),
        }


class PasswordDialog(_Form):
    """A new password: set by an administrator (the user must change it at the next sign-in) or one's own."""

    def __init__(self, title: str, explanation: str, least: int, parent=None) -> None:
        super().__init__(title, parent)
        self.setObjectName("password_dialog")
        self.least = least
        text = QLabel(explanation)
        text.setWordWrap(True)
        self.layout_.insertWidget(0, text)
        self.password = QLineEdit()
        self.password.setObjectName("new_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("new_password_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("New &password:"), self.password)
        self.form.addRow(self.tr("Password &again:"), self.again)
        self.form.addRow("", QLabel(self.tr("At least %Ln character(s).", "", int(least))))
        self.finish_layout()
        self.resize(440, self.sizeHint().height())

    def problem(self) -> str:
        return password_problem(self.password.text(), self.again.text(), self.least)

    def value(self) -> str:
        return self.password.text()


class GroupPickDialog(_Form):
    """Which group a restored user goes into, when their own was deleted."""

    def __init__(self, title: str, explanation: str, groups, allowed: set[int], parent=None) -> None:
        super().__init__(title, parent)
        self.setObjectName("group_pick_dialog")
        text = QLabel(explanation)
        text.setWordWrap(True)
        self.layout_.insertWidget(0, text)
        self.group = QComboBox()
        self.group.setObjectName("pick_group")
        for g in groups:
            if g.id in allowed:
                self.group.addItem(g.path, g.id)
        self.form.addRow(self.tr("&Group:"), self.group)
        self.finish_layout()
        self.resize(440, self.sizeHint().height())

    def value(self) -> int | None:
        return self.group.currentData()


class UserImportDialog(_Form):
    """Which column of the file holds what (USR-3 bulk import): guessed from the headers, changed here."""

    def __init__(self, file_name: str, headers: list[str], rows: int, guessed: dict[str, int], parent=None) -> None:
        super().__init__(self.tr("Import users"), parent)
        self.setObjectName("user_import_dialog")
        intro = QLabel(
            self.tr(
                "%1 holds %2 rows. Say which column holds what. Every row is checked first; if one is refused, "
                "nothing is imported, and a results file next to the file says why."
            )
            .replace("%1", file_name)
            .replace("%2", QLocale().toString(rows))
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        labels = {
            "login": self.tr("Login (required):"),
            "name": self.tr("Name:"),
            "group": self.tr("Group path (required):"),
            "mobile": self.tr("Mobile:"),
            "type": self.tr("Administrator (yes/no):"),
            "reviewer": self.tr("Reviewer (yes/no):"),
            "review": self.tr("Reviewed (yes/no):"),
            "quota": self.tr("Initial quota:"),
            "password": self.tr("Password (required):"),
        }
        self.combos: dict[str, QComboBox] = {}
        for name, label in labels.items():
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            combo.addItem(self.tr("(none)"), None)
            for i, header in enumerate(headers):
                combo.addItem(header or self.tr("Column %1").replace("%1", str(i + 1)), i)
            if name in guessed:
                combo.setCurrentIndex(combo.findData(guessed[name]))
            self.form.addRow(label, combo)
            self.combos[name] = combo
        self.finish_layout()
        self.resize(520, self.sizeHint().height())

    def mapping(self) -> dict[str, int]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData() is not None}

    def problem(self) -> str:
        chosen = self.mapping()
        if not {"login", "group", "password"} <= chosen.keys():
            return self.tr("Choose the columns of the login, the group path and the password.")
        if len(set(chosen.values())) < len(chosen):
            return self.tr("A column is chosen twice.")
        return ""
