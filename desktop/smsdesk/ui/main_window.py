"""The main window: the tabs the signed-in role may use, menus, status bar, remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, Signal, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from smsdesk import __version__
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.i18n import LANGUAGES
from smsdesk.ui.tabs import TabSpec, tabs_for
from smsdesk.ui.widgets.database_banner import DatabaseBanner
from smsdesk.ui.widgets.dispatcher_status import DispatcherStatusLabel


class _TabSlot(QWidget):
    """Holds a tab's place and builds the tab the first time it is shown, so opening the window stays cheap."""

    built = Signal(str, object)  # tab key, the tab: lets the window wire tabs to each other

    def __init__(self, spec: TabSpec, ctx: ConsoleContext) -> None:
        super().__init__()
        self.spec, self.ctx = spec, ctx
        self.tab: QWidget | None = None
        self.badge: QObject | None = None  # a live count in the tab's title, started with the window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.tab is None:
            extra = {"badge": self.badge} if self.badge is not None else {}
            self.tab = self.spec.factory(self.ctx, **extra)
            self.layout().addWidget(self.tab)
            self.built.emit(self.spec.key, self.tab)
        return self.tab

    def refresh(self) -> None:
        self.ensure().refresh()

    def on_changes(self, keys: frozenset[Change]) -> None:
        if self.tab is not None:
            self.tab.on_changes(keys)


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, ctx: ConsoleContext, *, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.ctx = ctx
        self._signing_out = False
        p = ctx.profile
        self.setWindowTitle(self.tr("SMS Desk: %1").replace("%1", p.operator_name or p.login))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tab_keys: list[str] = []
        for spec in tabs_for(p):
            slot = _TabSlot(spec, ctx)
            slot.built.connect(self._on_tab_built)
            self.tabs.addTab(slot, spec.title())
            self.tab_keys.append(spec.key)
            if getattr(spec, "badge", None) is not None:  # a live count in the tab's title, before it is built
                slot.badge = spec.badge(ctx, slot)
                slot.badge.title_changed.connect(lambda text, s=slot: self.tabs.setTabText(self.tabs.indexOf(s), text))
        # the database unreachable: a banner above the tabs; the console's listening connection keeps trying
        self.banner = DatabaseBanner(ctx.notifications)
        self.banner.reconnected.connect(self._on_banner_reconnected)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        ctx.notifications.watch_database()
        ctx.runner.unreachable.connect(self._on_runner_unreachable)
        last = str(ctx.prefs.get("main/last_tab") or "")
        if last in self.tab_keys:
            self.tabs.setCurrentIndex(self.tab_keys.index(last))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        ctx.runner.changed.connect(self._on_runner_changed)

        self._build_menus(language)
        self._build_status_bar()

        geometry = ctx.prefs.get("main/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        self.refresh_current()

    # -- construction ------------------------------------------------------------------------------

    def _build_menus(self, language: str) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_current)
        file_menu.addAction(refresh)
        file_menu.addSeparator()
        sign_out = QAction(self.tr("&Sign out"), self)
        sign_out.setObjectName("action_sign_out")
        sign_out.setShortcut(QKeySequence("Ctrl+Shift+L"))
        sign_out.triggered.connect(self._on_sign_out_triggered)
        file_menu.addAction(sign_out)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        lang_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in LANGUAGES.items():
            action = QAction(label, self, checkable=True)
            action.setObjectName(f"action_language_{code}")
            action.setChecked(code == language)
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            lang_menu.addAction(action)
        view_menu.addSeparator()
        for i in range(min(9, self.tabs.count())):
            action = QAction(self.tabs.tabText(i), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, n=i: self.tabs.setCurrentIndex(n))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About SMS Desk"), self)
        about.setObjectName("action_about")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        p, target = self.ctx.profile, self.ctx.signed.target
        db = self.tr("embedded database") if target.embedded else target.describe()
        # the address alone: the status bar is shared with the dispatcher and the user, in every language
        self.db_label = QLabel(db)
        self.db_label.setToolTip(
            self.tr("Database: %1 · PostgreSQL %2").replace("%1", db).replace("%2", p.server_version.split()[0])
        )
        self.db_label.setObjectName("status_database")
        role = (
            self.tr("Administrator") if p.is_admin else (self.tr("Reviewer") if p.is_reviewer else self.tr("Operator"))
        )
        self.user_label = QLabel(f"{p.operator_name or p.login} ({p.login}) · {p.group_path} · {role}")
        self.user_label.setObjectName("status_user")
        self.statusBar().addWidget(self.db_label)
        self.dispatcher_label = DispatcherStatusLabel(self.ctx)
        self.statusBar().addPermanentWidget(self.dispatcher_label)
        self.statusBar().addPermanentWidget(self.user_label)

    # -- behaviour ---------------------------------------------------------------------------------

    def tab(self, key: str) -> QWidget:
        """The tab for ``key``, built now if it was never shown."""
        return self.tabs.widget(self.tab_keys.index(key)).ensure()

    def refresh_current(self) -> None:
        slot = self.tabs.currentWidget()
        if slot is not None:
            slot.refresh()

    def show_about(self) -> None:
        import sys

        p = self.ctx.profile
        tagline = self.tr("Enterprise SMS console")
        application = self.tr("Application")
        text = (
            f"<h3>SMS Desk {__version__}</h3>"
            f"<p>{tagline}</p>"
            f"<table cellspacing='4'>"
            f"<tr><td>{application}</td><td>{__version__}</td></tr>"
            f"<tr><td>Qt</td><td>{qVersion()}</td></tr>"
            f"<tr><td>Python</td><td>{sys.version.split()[0]}</td></tr>"
            f"<tr><td>PostgreSQL</td><td>{p.server_version}</td></tr>"
            f"</table>"
        )
        box = QMessageBox(self)
        box.setObjectName("about_box")
        box.setWindowTitle(self.tr("About SMS Desk"))
        box.setText(text)
        box.open()

    def _on_tabs_current_changed(self, index: int) -> None:
        if 0 <= index < len(self.tab_keys):
            self.ctx.prefs.set("main/last_tab", self.tab_keys[index])
        self.refresh_current()

    def _on_tab_built(self, key: str, tab: QWidget) -> None:
        # the Contacts tab's "Send SMS to selection" hands its contact ids to the Send tab
        if hasattr(tab, "send_requested") and "send" in self.tab_keys:
            tab.send_requested.connect(self._send_to_contacts)
        # the Send tab's "View task" after a submit opens the task in the Tasks tab
        if hasattr(tab, "task_open_requested") and "tasks" in self.tab_keys:
            tab.task_open_requested.connect(self.show_task)

    def show_task(self, task_id: int) -> None:
        """The Tasks tab, with ``task_id`` selected and its detail open (once the list that holds it is read)."""
        tasks = self.tab("tasks")
        self.tabs.setCurrentIndex(self.tab_keys.index("tasks"))
        if tasks.select_task(task_id):
            tasks.open_current()
            return

        def shown() -> None:
            tasks.listing_shown.disconnect(shown)
            if tasks.select_task(task_id):
                tasks.open_current()

        tasks.listing_shown.connect(shown)

    def _send_to_contacts(self, ids: list) -> None:
        send = self.tab("send")
        self.tabs.setCurrentIndex(self.tab_keys.index("send"))
        send.add_contacts(list(ids))

    def show_message_detail(self, f) -> QWidget | None:
        """Switches to the Reports tab and shows the message detail with exactly the filters of ``f``
        (a ``services.report_detail.DetailFilter``): the charts' drill-down."""
        if "reports" not in self.tab_keys:
            return None
        reports = self.tab("reports")
        self.tabs.setCurrentIndex(self.tab_keys.index("reports"))
        return reports.open_detail(f)

    def _on_runner_changed(self, keys: frozenset[Change]) -> None:
        for i in range(self.tabs.count()):
            self.tabs.widget(i).on_changes(keys)

    def _on_runner_unreachable(self, _exc: BaseException) -> None:
        # a job found the server gone: the listening connection confirms (and the banner shows) within seconds
        self.ctx.notifications.check()

    def _on_banner_reconnected(self) -> None:
        # what was shown may be stale (notifications sent meanwhile are lost): read the current tab again
        self.refresh_current()

    def _on_sign_out_triggered(self) -> None:
        self._signing_out = True
        self.close()

    def save_state(self) -> None:
        self.ctx.prefs.set("main/geometry", self.saveGeometry())
        for i in range(self.tabs.count()):
            table_owner = self.tabs.widget(i)
            for view in table_owner.findChildren(QWidget):
                if hasattr(view, "save_header"):
                    view.save_header()
                if hasattr(view, "flush_draft"):  # a draft save waiting for the typist to pause: now
                    view.flush_draft()
        self.ctx.prefs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.dispatcher_label.shutdown()
        for i in range(self.tabs.count()):
            badge = self.tabs.widget(i).badge
            if badge is not None:
                badge.shutdown()
        for signal, slot in (
            (self.ctx.runner.changed, self._on_runner_changed),
            (self.ctx.runner.unreachable, self._on_runner_unreachable),
        ):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        super().closeEvent(event)
        if self._signing_out:
            self.sign_out_requested.emit()
