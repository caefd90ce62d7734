"""The sign-in window: login, password, which database, language; clear messages for every failure."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk import __version__
from smsdesk.infra import credentials
from smsdesk.services.connect import Connector, Prepared
from smsdesk.settings import DatabaseTarget
from smsdesk.ui.first_admin_dialog import FirstAdminDialog
from smsdesk.ui.i18n import LANGUAGES
from smsdesk.ui.jobs import JobRunner
from smsdesk.ui.messages import describe
from smsdesk.ui.prefs import Prefs

log = logging.getLogger(__name__)

class SignInDialog(QDialog):
    signed_in = Signal(object)  # SignedIn
    language_chosen = Signal(str)
    database_chosen = Signal(object)  # DatabaseTarget | None (None = embedded)

    def __init__(
        self,
        connector: Connector,
        runner: JobRunner,
        prefs: Prefs,
        *,
        language: str,
        demo_login: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signin_dialog")
        self.connector = connector
        self.runner = runner
        self.prefs = prefs
        self.demo_login = demo_login
        self._busy = False
        self._prepared: Prepared | None = None
        self._pending_sign_in = False

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: palette(mid);")

        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.login.setMaxLength(32)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_login = QCheckBox()
        self.use_keyring = QCheckBox()
        self.use_keyring.setObjectName("use_keyring")
        # the keyring answers in the background (it may take seconds): usable once it did
        self.keyring_ok: bool | None = None
        self.use_keyring.setEnabled(False)

        self.database = QLabel()
        self.database.setObjectName("database_label")
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_db = QPushButton()
        self.change_db.setObjectName("change_database")
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

        self.first_run = QWidget()
        self.first_run.setObjectName("first_run")
        self.first_run_text = QLabel()
        self.first_run_text.setWordWrap(True)
        self.create_admin = QPushButton()
        self.try_demo = QPushButton()
        fr = QHBoxLayout(self.first_run)
        fr.setContentsMargins(0, 0, 0, 0)
        fr.addWidget(self.first_run_text, 1)
        fr.addWidget(self.create_admin)
        fr.addWidget(self.try_demo)
        self.first_run.hide()

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()

        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("sign_in")
        self.sign_in_button.setDefault(True)
        self.quit_button = QPushButton()

        self.form = QFormLayout()
        self._login_label, self._password_label = QLabel(), QLabel()
        self._database_label, self._language_label = QLabel(), QLabel()
        self.form.addRow(self._login_label, self.login)
        self.form.addRow(self._password_label, self.password)
        self.form.addRow("", self.remember_login)
        self.form.addRow("", self.use_keyring)
        db_row = QHBoxLayout()
        db_row.addWidget(self.database, 1)
        db_row.addWidget(self.change_db)
        self.form.addRow(self._database_label, db_row)
        self.form.addRow(self._language_label, self.language)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.sign_in_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(12)
        layout.addLayout(self.form)
        layout.addWidget(self.first_run)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)

        self.sign_in_button.clicked.connect(self._on_sign_in_clicked)
        self.quit_button.clicked.connect(self.reject)
        self.change_db.clicked.connect(self._on_change_db_clicked)
        self.language.currentIndexChanged.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        self.create_admin.clicked.connect(self._on_create_admin_clicked)
        self.try_demo.clicked.connect(self._on_try_demo_clicked)
        QShortcut(QKeySequence("Ctrl+Q"), self, activated=self.reject)

        self.remember_login.setChecked(bool(prefs.get("signin/remember_login")))
        self.use_keyring.setChecked(bool(prefs.get("signin/use_keyring")))
        if self.remember_login.isChecked():
            self.login.setText(str(prefs.get("signin/last_login") or ""))
        self.retranslate()
        self._show_target(connector.configured)
        if demo_login:
            self.login.setText(demo_login[0])
            self.password.setText(demo_login[1])
        elif self.login.text():
            self.password.setFocus()
        self._read_keyring()

    # -- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("SMS Desk: sign in"))
        self.title.setText(self.tr("SMS Desk"))
        self.subtitle.setText(self.tr("Enterprise SMS console, version %1").replace("%1", __version__))
        self._login_label.setText(self.tr("&Login:"))
        self._login_label.setBuddy(self.login)
        self._password_label.setText(self.tr("&Password:"))
        self._password_label.setBuddy(self.password)
        self._database_label.setText(self.tr("Database:"))
        self._language_label.setText(self.tr("Language:"))
        self.remember_login.setText(self.tr("Remember my login"))
        self.use_keyring.setText(self.tr("Remember my password in the system keyring"))
        if self.keyring_ok is False:
            self.use_keyring.setToolTip(self.tr("No system keyring is available on this computer."))
        self.change_db.setText(self.tr("Change…"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.quit_button.setText(self.tr("Quit"))
        self.first_run_text.setText(self.tr("This local database has no users yet."))
        self.create_admin.setText(self.tr("Create administrator…"))
        self.try_demo.setText(self.tr("Try the demo"))
        self._show_target(self.connector.configured)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_target(self, target: DatabaseTarget) -> None:
        if target.embedded:
            text = self.tr("Embedded database on this computer")
        else:
            text = target.describe()
        locked = target.source in ("command line", "environment", "machine")
        self.change_db.setEnabled(not locked)
        sources = {
            "command line": self.tr("set on the command line"),
            "environment": self.tr("set by SMSDESK_DATABASE_URL"),
            "machine": self.tr("set by IT for this computer"),
        }
        if locked:
            self.change_db.setToolTip(sources[target.source])
            text = f"{text} ({sources[target.source]})"
        self.database.setText(text)

    # -- the keyring -------------------------------------------------------------------------------

    def _read_keyring(self) -> None:
        target = self.connector.configured
        login = self.login.text().strip() if self.use_keyring.isChecked() and not self.demo_login else ""
        self.runner.io(
            lambda _job: credentials.lookup(target, login),
            on_done=lambda found: self._on_keyring_read(login, *found),
            on_error=lambda _exc: self._on_keyring_read(login, False, None),
            owner=self,
        )

    def _on_keyring_read(self, login: str, available: bool, saved: str | None) -> None:
        self.keyring_ok = available
        self.use_keyring.setEnabled(available)
        if not available:
            self.use_keyring.setChecked(False)
            self.use_keyring.setToolTip(self.tr("No system keyring is available on this computer."))
        # the remembered password, unless the user has typed one or another login meanwhile
        if saved and login and self.login.text().strip() == login and not self.password.text():
            self.password.setText(saved)

    # -- flow --------------------------------------------------------------------------------------

    def start(self) -> None:
        """Prepares the database in the background while the user types."""
        embedded = self.connector.is_embedded
        self._set_busy(True, self.tr("Starting the local database…") if embedded else "")
        job = self.connector.ensure_demo if self.demo_login else self.connector.prepare
        self.runner.io(lambda _job: job(), on_done=self._on_prepared, on_error=self._on_prepare_failed, owner=self)

    def _on_prepared(self, prepared: Prepared) -> None:
        self._prepared = prepared
        self._set_busy(False)
        self.first_run.setVisible(prepared.needs_first_admin)
        if self.demo_login or self._pending_sign_in:
            self._pending_sign_in = False
            self._sign_in()

    def _on_prepare_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._pending_sign_in = False
        text, detail = describe(exc)
        self._show_error(text, detail)

    def _on_sign_in_clicked(self) -> None:
        if self._busy:
            self._pending_sign_in = True
            return
        self._sign_in()

    def _sign_in(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        if not login or not password:
            self._show_error(self.tr("Enter your login and password."))
            (self.login if not login else self.password).setFocus()
            return
        self._set_busy(True, self.tr("Signing in…"))
        self.runner.io(
            lambda _job: self.connector.sign_in(login, password),
            on_done=lambda signed: self._on_signed_in(signed, login, password),
            on_error=self._on_sign_in_failed,
            owner=self,
        )

    def _on_signed_in(self, signed, login: str, password: str) -> None:
        if signed.profile.must_change_password:
            self._ask_new_password(signed, login)
            return
        self._finish_sign_in(signed, login, password)

    def _ask_new_password(self, signed, login: str) -> None:
        """An administrator reset this password: the user chooses their own before the console opens."""
        from smsdesk.services import org_admin
        from smsdesk.services import session as session_service
        from smsdesk.ui.tabs.organisation.org_dialogs import PasswordDialog

        def ask(least: int) -> None:
            self._set_busy(False)
            dialog = PasswordDialog(
                self.tr("Choose a new password"),
                self.tr("Your administrator reset your password. Choose your own to continue."),
                least,
                self,
            )

            def change() -> None:
                new = dialog.value()
                self._set_busy(True, self.tr("Signing in…"))
                self.runner.io(
                    lambda _job: session_service.run(
                        signed, org_admin.change_own_password, signed.profile.id, login, new
                    ),
                    on_done=lambda _r: self._finish_sign_in(signed, login, new),
                    on_error=lambda exc: (signed.close(), self._on_sign_in_failed(exc)),
                    owner=self,
                )

            def give_up() -> None:
                signed.close()
                self._show_error(self.tr("Your password was reset: choose a new one to sign in."))
                self.password.clear()
                self.password.setFocus()

            dialog.accepted.connect(change)
            dialog.rejected.connect(give_up)
            dialog.open()

        self.runner.io(
            lambda _job: session_service.run(signed, org_admin.min_password_length),
            on_done=ask,
            on_error=lambda exc: (signed.close(), self._on_sign_in_failed(exc)),
            owner=self,
        )

    def _finish_sign_in(self, signed, login: str, password: str) -> None:
        self._set_busy(False)
        self.prefs.set("signin/remember_login", self.remember_login.isChecked())
        self.prefs.set("signin/last_login", login if self.remember_login.isChecked() else "")
        self.prefs.set("signin/use_keyring", self.use_keyring.isChecked())
        target = self.connector.configured
        if self.keyring_ok is not False and not self.demo_login:  # a keyring still unknown is asked in the job
            if self.use_keyring.isChecked():
                self.runner.io(lambda _job: credentials.save(target, login, password))
            else:
                self.runner.io(lambda _job: credentials.forget(target, login))
        self.signed_in.emit(signed)
        self.accept()

    def _on_sign_in_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        text, detail = describe(exc)
        self._show_error(text, detail)
        self.password.selectAll()
        self.password.setFocus()

    def _on_change_db_clicked(self) -> None:
        from smsdesk.ui.connection_dialog import ConnectionDialog

        dialog = ConnectionDialog(self.connector.configured, self, runner=self.runner)
        dialog.accepted.connect(lambda: self.database_chosen.emit(dialog.result_target()))
        dialog.open()

    def _on_create_admin_clicked(self) -> None:
        dialog = FirstAdminDialog(self)

        def create() -> None:
            login, password, group = dialog.values()
            self._set_busy(True, self.tr("Creating the administrator…"))

            def done(_result) -> None:
                self._set_busy(False)
                self.first_run.hide()
                self.login.setText(login)
                self.password.setText(password)
                self._sign_in()

            self.runner.io(
                lambda _job: self.connector.create_first_admin(login, password, group),
                on_done=done,
                on_error=self._on_sign_in_failed,
                owner=self,
            )

        dialog.accepted.connect(create)
        dialog.open()

    def _on_try_demo_clicked(self) -> None:
        from smsdesk.services.trial import DEMO_ADMIN, DEMO_PASSWORD

        self.demo_login = (DEMO_ADMIN, DEMO_PASSWORD)
        self.login.setText(DEMO_ADMIN)
        self.password.setText(DEMO_PASSWORD)
        self.first_run.hide()
        self._set_busy(True, self.tr("Preparing the demo organisation…"))
        self.runner.io(
            lambda _job: self.connector.ensure_demo(),
            on_done=self._on_prepared,
            on_error=self._on_prepare_failed,
            owner=self,
        )

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for widget in (self.login, self.password, self.change_db, self.first_run):
            widget.setEnabled(not busy or widget in (self.login, self.password))
        if text or not busy:
            self.status.setStyleSheet("")
            self.status.setText(text)

    def _show_error(self, text: str, detail: str = "") -> None:
        # the technical detail (server address, socket path, role names) is for IT: the log has it, not the screen
        if detail:
            log.info("sign-in failed: %s", detail)
        self.status.setStyleSheet("color: #c0392b;")
        self.status.setText(text)
        self.status.setToolTip("")
