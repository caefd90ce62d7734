"""Entry point of the console: logging, crash handling, language, sign-in, main window, trial mode."""

from __future__ import annotations

import argparse
import gc
import logging
import logging.handlers
import sys
import threading
import time
import traceback

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from smsdesk import __version__, paths, settings
from smsdesk.services.connect import Connector
from smsdesk.ui import selftest
from smsdesk.ui.i18n import Translations, default_language
from smsdesk.ui.jobs import JobRunner
from smsdesk.ui.prefs import Prefs

log = logging.getLogger("smsdesk")
STARTED = time.perf_counter()
CLOSING_SHOWN_AFTER_MS = 300  # a quick exit shows no "closing" window at all
JOBS_AT_EXIT_MS = 10_000


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
        self.closing = None  # the window shown while the console closes
        self.dispatchers = None  # DispatcherKeeper: the hosted dispatcher lives as long as the console's database
        self._quitting = False
        self._stopped = threading.Event()  # the connections are closed and the embedded server is stopped

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
        try:
            self.show_main()
        except Exception:
            # the console quits by itself only (Console.quit): with no window it would linger unseen
            self.excepthook(*sys.exc_info())
            self.signed = None
            self.runner.set_session(None)
            self.runner.io(lambda _job: signed.close())
            self.signin.show()

    def _on_signin_rejected(self) -> None:
        if self.signed is None:
            self.quit()

    def _on_signin_database_chosen(self, target) -> None:
        old_connector, cli_url = self.connector, self.args.db
        self.signin.setEnabled(False)
        host = self.dispatchers.detach() if self.dispatchers is not None else None

        def switch(_job) -> settings.DatabaseTarget:
            # files and the embedded server's stop: off the GUI thread
            settings.save_user_target(target)
            if host is not None:  # the old database's dispatcher goes with it
                host.stop()
            old_connector.shutdown()
            return settings.resolve(cli_url)

        self.runner.io(switch, on_done=self._on_database_switched, on_error=self._on_database_switch_failed)

    def _on_database_switch_failed(self, exc: BaseException) -> None:
        from smsdesk.ui.error_dialog import show_error

        self.signin.setEnabled(True)
        show_error(self.signin, exc, log_path=self.log_path)

    def _on_database_switched(self, resolved) -> None:
        self.connector = Connector(resolved)
        old = self.signin
        self.show_sign_in()
        old.hide()
        old.deleteLater()

    # -- main window -------------------------------------------------------------------------------

    def show_main(self) -> None:
        from smsdesk.ui.context import ConsoleContext
        from smsdesk.ui.main_window import MainWindow

        if self.dispatchers is None:
            from smsdesk.ui.widgets.dispatcher_status import DispatcherKeeper

            self.dispatchers = DispatcherKeeper()
        ctx = ConsoleContext(self.signed, self.runner, self.prefs, self.log_path, dispatchers=self.dispatchers)
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
            self.quit()

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
        if isinstance(exc, ServiceError) and exc.code == "unreachable" and self.window is not None:
            # the main window's banner says it once (and the tab reads again on reconnection), not a box per job
            log.info("a job could not reach the database: %s", exc)
            return
        if isinstance(exc, ServiceError):
            show_error(parent, exc, log_path=self.log_path)
        else:
            show_crash(parent, tb or str(exc), self.log_path)

    def excepthook(self, exc_type, exc, tb) -> None:
        from smsdesk.ui.error_dialog import show_crash

        def report(_job) -> str:
            # the report reads the source file of every frame: in the background, like all file work
            text = "".join(traceback.format_exception(exc_type, exc, tb))
            log.error("unexpected error in the console:\n%s", text)
            return text

        def show(text: str) -> None:
            show_crash(self.window or self.signin, text, self.log_path)

        self.runner.io(report, on_done=show, on_error=lambda _e: show(f"{exc_type.__name__}: {exc}"))

    def quit(self) -> None:
        """Leaves the console. Closing the operator's connections, stopping the hosted dispatcher and the
        embedded database take seconds: they run in the background, a small window says so if it takes more
        than a moment, and the application quits once all of it (and every job still running) is done."""
        if self._quitting:
            return
        self._quitting = True
        signed, self.signed = self.signed, None
        self.runner.set_session(None)
        connector, stopped = self.connector, self._stopped
        host = self.dispatchers.detach() if self.dispatchers is not None else None

        def stop(_job) -> None:
            try:
                if host is not None:  # before the database it works on
                    host.stop()
                if signed is not None:
                    signed.close()
            finally:
                connector.shutdown()
                stopped.set()

        QTimer.singleShot(CLOSING_SHOWN_AFTER_MS, self._show_closing)
        self.runner.io(stop, on_done=self._quit_when_idle, on_error=self._on_stop_failed)

    def _show_closing(self) -> None:
        if not self._stopped.is_set() or self._jobs_running():
            from smsdesk.ui.closing_window import ClosingWindow

            self.closing = ClosingWindow(embedded=self.connector.is_embedded)
            self.closing.show()

    def _on_stop_failed(self, exc: BaseException) -> None:
        log.warning("closing: %s", exc)
        self._quit_when_idle()

    def _jobs_running(self) -> bool:
        return bool(self.runner.read_pool.activeThreadCount() or self.runner.write_pool.activeThreadCount())

    def _quit_when_idle(self, _result=None, *, waited_ms: int = 0) -> None:
        """Jobs still running (a draft being written, the hosted dispatcher draining) finish first."""
        if self._jobs_running() and waited_ms < JOBS_AT_EXIT_MS:
            QTimer.singleShot(50, lambda: self._quit_when_idle(waited_ms=waited_ms + 50))
            return
        if self.closing is not None:
            self.closing.hide()
        self.app.quit()

    def shutdown(self) -> None:
        """After the event loop ended: what ``quit`` did not get to (the loop may end another way)."""
        self.runner.wait_idle(5_000)
        if self.dispatchers is not None:
            self.dispatchers.release()
        if not self._stopped.is_set():
            if self.signed is not None:
                self.signed.close()
            self.connector.shutdown()
            self._stopped.set()


def _preload_main_window() -> None:
    from smsdesk.ui import main_window  # noqa: F401
    from smsdesk.ui.tabs import tab_specs

    tab_specs()
    # pyqtgraph and the dashboard's charts (the first tab) take a second or more to import
    # The number rules' metadata and the file readers load in long single steps that hold the GIL for 100 ms
    # and more: take them now, while the user types a password, not in the middle of the first preview.
    from smsdesk.domain import numbers
    from smsdesk.infra import tabular  # noqa: F401
    from smsdesk.services import sending  # noqa: F401
    from smsdesk.ui.tabs.overview import overview_tab  # noqa: F401

    numbers.clean(["13800138000", "+44 7700 900123", "12345"])
    numbers.normalize("+1 650 253 0000")
    numbers.normalize("13800138000")  # the mainland place-name table (domain/place_names_zh.py)


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
    parser.add_argument(
        "--lang",
        choices=["zh_CN", "en", "pseudo"],
        help="language of this session (pseudo: every text 40%% longer, accented, to check layouts)",
    )
    parser.add_argument("--self-test", action="store_true",
                        help="check this workstation (Qt, fonts, translations, keyring, database, dispatcher) and exit")
    parser.add_argument("--report", metavar="FILE", help="with --self-test: also write the report to FILE")
    parser.add_argument("--version", action="version", version=f"SMS Desk {__version__}")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        return selftest.main(args.db, args.report)
    problem = selftest.platform_problem()
    if problem is not None:  # Qt would abort with a hint that may name the wrong library
        print(problem, file=sys.stderr)
        return 1
    log_path = setup_logging()
    log.info("SMS Desk %s starting", __version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SMS Desk")
    app.setOrganizationName("SMSDesk")
    app.setApplicationVersion(__version__)
    # the console quits itself (Console.quit) once it has closed its connections and stopped its servers
    app.setQuitOnLastWindowClosed(False)
    console = Console(app, args, log_path)
    sys.excepthook = console.excepthook
    console.show_sign_in()
    try:
        return app.exec()
    finally:
        console.shutdown()


if __name__ == "__main__":
    sys.exit(main())
