"""Entry point of the console: logging, crash handling, language, sign-in, main window, trial mode."""

from __future__ import annotations

import argparse
import gc
import logging
import logging.handlers
import sys
import time
import traceback

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from smsdesk import __version__, paths, settings
from smsdesk.services.connect import Connector
from smsdesk.ui.i18n import Translations, default_language
from smsdesk.ui.jobs import JobRunner
from smsdesk.ui.prefs import Prefs

log = logging.getLogger("smsdesk")
STARTED = time.perf_counter()


def setup_logging() -> str:
    path = paths.log_dir() / "smsdesk.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=5_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return str(path)


class Console(QObject):
    """Owns what lives across sign-ins: the runner, the translations, the connector, the current window."""

    def __init__(self, app: QApplication, args: argparse.Namespace, log_path: str) -> None:
        super().__init__()
        self.app = app
        self.args = args
        self.log_path = log_path
        self.prefs = Prefs()
        self.runner = JobRunner(self)
        self.runner.error.connect(self._on_runner_error)
        self.translations = Translations()
        self.language = args.lang or str(self.prefs.get("ui/language") or "") or default_language()
        self.translations.install(self.language)
        target = settings.resolve(args.db)
        if args.demo:
            target = settings.DatabaseTarget(source="embedded")
        self.connector = Connector(target)
        self.signin = None
        self.window = None
        self.signed = None

    # -- sign-in -----------------------------------------------------------------------------------

    def show_sign_in(self) -> None:
        from smsdesk.ui.signin_dialog import SignInDialog

        demo = None
        if self.args.demo:
            from smsdesk.services.trial import DEMO_ADMIN, DEMO_PASSWORD

            demo = (DEMO_ADMIN, DEMO_PASSWORD)
            self.args.demo = False  # after signing out, the operator signs in like anyone else
        self.signin = SignInDialog(self.connector, self.runner, self.prefs, language=self.language, demo_login=demo)
        self.signin.signed_in.connect(self._on_signin_signed_in)
        self.signin.rejected.connect(self._on_signin_rejected)
        self.signin.language_chosen.connect(self._on_language_chosen)
        self.signin.database_chosen.connect(self._on_signin_database_chosen)
        self.signin.show()
        log.info("sign-in window shown after %.2f s", time.perf_counter() - STARTED)
        QTimer.singleShot(0, self.signin.start)
        # Import the main window's modules while the user types, not on the GUI thread after sign-in.
        self.runner.io(lambda _job: _preload_main_window())

    def _on_signin_signed_in(self, signed) -> None:
        self.signed = signed
        self.runner.set_session(signed)
        self.show_main()

    def _on_signin_rejected(self) -> None:
        if self.signed is None:
            self.app.quit()

    def _on_signin_database_chosen(self, target) -> None:
        settings.save_user_target(target)
        self.connector.shutdown()
        self.connector = Connector(settings.resolve(self.args.db))
        old = self.signin
        self.show_sign_in()
        old.hide()
        old.deleteLater()

    # -- main window -------------------------------------------------------------------------------

    def show_main(self) -> None:
        from smsdesk.ui.context import ConsoleContext
        from smsdesk.ui.main_window import MainWindow

        ctx = ConsoleContext(self.signed, self.runner, self.prefs, self.log_path)
        self.window = MainWindow(ctx, language=self.language)
        self.window.sign_out_requested.connect(self._on_window_sign_out_requested)
        self.window.language_requested.connect(self._on_language_chosen)
        self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.destroyed.connect(self._on_window_destroyed)
        freeze_startup_heap()
        self.window.show()
        log.info("main window shown after %.2f s", time.perf_counter() - STARTED)

    def _on_window_sign_out_requested(self) -> None:
        signed, self.signed = self.signed, None
        self.runner.set_session(None)
        if signed is not None:
            self.runner.io(lambda _job: signed.close())
        self.show_sign_in()

    def _on_window_destroyed(self) -> None:
        self.window = None
        if self.signed is not None:  # closed, not signed out: leave
            self.app.quit()

    def _on_language_chosen(self, language: str) -> None:
        if language == self.language:
            return
        self.language = language
        self.prefs.set("ui/language", language)
        self.translations.install(language)
        if self.window is not None:
            # Rebuild the window in the new language; the session, geometry and current tab carry over.
            old = self.window
            old.save_state()
            old.destroyed.disconnect(self._on_window_destroyed)
            old.sign_out_requested.disconnect(self._on_window_sign_out_requested)
            self.show_main()
            old.close()

    # -- errors and shutdown -----------------------------------------------------------------------

    def _on_runner_error(self, exc: BaseException, tb: str) -> None:
        from smsdesk.services.errors import ServiceError
        from smsdesk.ui.error_dialog import show_crash, show_error

        parent = self.window or self.signin
        if isinstance(exc, ServiceError):
            show_error(parent, exc, log_path=self.log_path)
        else:
            show_crash(parent, tb or str(exc), self.log_path)

    def excepthook(self, exc_type, exc, tb) -> None:
        from smsdesk.ui.error_dialog import show_crash

        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error in the console:\n%s", text)
        show_crash(self.window or self.signin, text, self.log_path)

    def shutdown(self) -> None:
        self.runner.wait_idle(5_000)
        if self.signed is not None:
            self.signed.close()
        self.connector.shutdown()


def _preload_main_window() -> None:
    from smsdesk.ui import main_window  # noqa: F401
    from smsdesk.ui.tabs import tab_specs

    tab_specs()
    # The number rules' metadata and the file readers load in long single steps that hold the GIL for 100 ms
    # and more: take them now, while the user types a password, not in the middle of the first preview.
    from smsdesk.domain import numbers
    from smsdesk.infra import tabular  # noqa: F401
    from smsdesk.services import sending  # noqa: F401

    numbers.clean(["13800138000", "+44 7700 900123", "12345"])
    numbers.normalize("+1 650 253 0000")


def freeze_startup_heap() -> None:
    """Takes what the console has loaded so far out of the cyclic garbage collector's sight (gc.freeze), once.

    A full collection walks every tracked object: with Qt, pandas, the number rules and the main window loaded
    that is ~170,000 objects and 100-180 ms, holding the GIL in whichever thread allocated last, so the GUI thread
    froze for that long in the middle of a big preview or submit. Modules, classes and widgets live as long as the
    console, so walking them again finds nothing. The young generations are collected first, so little garbage
    is frozen with them; what is created later is collected as usual.
    """
    if gc.get_freeze_count() == 0:
        gc.collect(1)
        gc.freeze()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="smsdesk", description="SMS Desk console")
    parser.add_argument("--db", metavar="URL", help="database URL (overrides every other setting)")
    parser.add_argument("--demo", action="store_true", help="embedded database with a demo organisation")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of this session")
    parser.add_argument("--version", action="version", version=f"SMS Desk {__version__}")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    log_path = setup_logging()
    log.info("SMS Desk %s starting", __version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SMS Desk")
    app.setOrganizationName("SMSDesk")
    app.setApplicationVersion(__version__)
    console = Console(app, args, log_path)
    sys.excepthook = console.excepthook
    console.show_sign_in()
    try:
        return app.exec()
    finally:
        console.shutdown()


if __name__ == "__main__":
    sys.exit(main())
