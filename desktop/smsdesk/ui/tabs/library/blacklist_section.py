"""Blacklists (SET-2): global, per user group and per message kind; search, add, import and delete numbers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import blacklist, org
from smsdesk.ui.changes import Change
from smsdesk.ui.code_labels import CodeLabels
from smsdesk.ui.formats import when
from smsdesk.ui.numbers import display_number
from smsdesk.ui.tabs.library.labels import LibraryLabels
from smsdesk.ui.tabs.library.section import FormDialog, Section, error_text, file_dialog
from smsdesk.ui.widgets.encoding_picker import EncodingCombo, asks_for_encoding
from smsdesk.ui.widgets.placeholder import fit_placeholder
from smsdesk.ui.widgets.row_table import ROW_ROLE, Column, DataTableView, RowTableModel

LIST_ROLE = Qt.ItemDataRole.UserRole + 30
REPORT_ROWS = 200


def _read_table(path: str, sheet: str | None = None, encoding: str | None = None):
    from smsdesk.infra import tabular  # pandas loads on first use, in the background

    return tabular.read_table(path, sheet=sheet, encoding=encoding)


class ListChooser(QWidget):
    """Which list: global, a message kind's, or one of the user groups the administrator manages."""

    def __init__(self, labels: LibraryLabels, groups: list, top_admin: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = QComboBox()
        self.scope.setObjectName("list_scope")
        if top_admin:
            self.scope.addItem(self.tr("Global blacklist"), "global")
            self.scope.addItem(self.tr("Message kind"), "kind")
        self.scope.addItem(self.tr("User group"), "group")
        self.group = QComboBox()
        self.group.setObjectName("list_group")
        for g in groups:
            self.group.addItem(g.path, g.id)
        self.kind = QComboBox()
        self.kind.setObjectName("list_kind")
        for kind, label in labels.kinds():
            self.kind.addItem(label, kind)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scope)
        layout.addWidget(self.group, 1)
        layout.addWidget(self.kind, 1)
        self.scope.currentIndexChanged.connect(lambda _i: self._show())
        self._show()

    def _show(self) -> None:
        scope = self.scope.currentData()
        self.group.setVisible(scope == "group")
        self.kind.setVisible(scope == "kind")

    def choose(self, scope: str, group_id: int | None = None, kind: str | None = None) -> None:
        self.scope.setCurrentIndex(max(0, self.scope.findData(scope)))
        if group_id is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(group_id)))
        if kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def value(self) -> blacklist.ListRef | None:
        scope = self.scope.currentData()
        if scope == "group":
            return blacklist.ListRef("group", self.group.currentData()) if self.group.currentData() else None
        if scope == "kind":
            return blacklist.ListRef("kind", None, self.kind.currentData())
        return blacklist.ListRef("global")


class AddNumberDialog(FormDialog):
    def __init__(self, parent: QWidget, chooser: ListChooser) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Add a number to a blacklist"))
        self.chooser = chooser
        self.number = QLineEdit()
        self.number.setObjectName("blacklist_number")
        self.number.setPlaceholderText(self.tr("13800138000, +86 138 0013 8000…"))
        fit_placeholder(self.number)
        self.reason = QLineEdit()
        self.reason.setObjectName("blacklist_reason")
        self.reason.setMaxLength(blacklist.REASON_MAX)
        self.reason.setPlaceholderText(self.tr("For example: complaint, replied T"))
        self.form.addRow(self.tr("Blacklist:"), chooser)
        self.form.addRow(self.tr("Number:"), self.number)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.number.textChanged.connect(self.revalidate)
        self.revalidate()

    def validate(self) -> str:
        if self.chooser.value() is None:
            return self.tr("You administer no user group.")
        if not self.number.text().strip():
            return self.tr("Enter the number.")
        return "" if blacklist.e164(self.number.text())[0] else error_text("number_invalid")


class ImportDialog(FormDialog):
    """File, its number column (from the file's own headers, read in the background) and the target list."""

    def __init__(self, section: BlacklistSection, chooser: ListChooser) -> None:
        super().__init__("", section)
        self.setWindowTitle(self.tr("Import numbers into a blacklist"))
        self.section = section
        self.chooser = chooser
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.path.setReadOnly(True)
        self.browse = QPushButton(self.tr("Choose file…"))
        self.browse.setObjectName("import_browse")
        self.sheet = QComboBox()
        self.sheet.setObjectName("import_sheet")
        self.encoding = EncodingCombo()
        self.encoding.setObjectName("import_encoding")
        self.column = QComboBox()
        self.column.setObjectName("import_column")
        self.file_info = QLabel()
        self.file_info.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("import_reason")
        self.reason.setMaxLength(blacklist.REASON_MAX)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.form.addRow(self.tr("Blacklist:"), chooser)
        self.form.addRow(self.tr("File:"), row)
        self.form.addRow(self.tr("Sheet:"), self.sheet)
        self.form.addRow(self.tr("Encoding:"), self.encoding)
        self.form.addRow(self.tr("Number column:"), self.column)
        for widget in (self.sheet, self.encoding):
            self.form.setRowVisible(widget, False)
        self.sheet.activated.connect(lambda _i: self.read_file(self.sheet.currentText(), self.encoding.chosen()))
        self.encoding.activated.connect(lambda _i: self.read_file(self._sheet(), self.encoding.chosen()))
        self.form.addRow("", self.file_info)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.browse.clicked.connect(lambda: file_dialog(self, self.tr("Choose a file of numbers"), self.set_file))
        self.setMinimumWidth(560)
        self.revalidate()

    def set_file(self, path: str) -> None:
        self.path.setText(path)
        for widget in (self.sheet, self.encoding):
            self.form.setRowVisible(widget, False)
        self.read_file(None, None)

    def _sheet(self) -> str | None:
        return self.sheet.currentText() if self.sheet.count() > 1 else None

    def read_file(self, sheet: str | None, encoding: str | None) -> None:
        path = self.path.text()
        self.column.clear()
        self.file_info.setText(self.tr("Reading the file…"))
        self.file_info.show()
        self.revalidate()
        self.section.ctx.runner.io(
            lambda job: _read_table(path, sheet, encoding),
            on_done=lambda table: self._show_columns(table, encoding),
            on_error=lambda exc: self._file_failed(exc, encoding),
            owner=self,
        )

    def chosen(self) -> tuple[str | None, str | None]:
        """(sheet, encoding) the numbers are read from."""
        return self._sheet(), (self.encoding.chosen() if self.form.isRowVisible(self.encoding) else None)

    def _show_columns(self, table, encoding: str | None) -> None:
        # every sheet is offered, hidden ones too: the first visible one is read unless another is chosen
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        if table.sheet:
            self.sheet.setCurrentText(table.sheet)
        self.form.setRowVisible(self.sheet, len(table.sheets) > 1)
        self.encoding.show_file(table.encoding, encoding)
        self.form.setRowVisible(self.encoding, table.encoding is not None)
        for i, header in enumerate(table.headers):
            sample = next((v for v in table.frame.iloc[:20, i] if v), "")
            self.column.addItem(f"{header}  ({sample[:20]})" if sample else header, header)
        self.column.setCurrentIndex(table.guess_column(blacklist.PHONE_HEADERS))
        self.file_info.setText(self.tr("%n row(s)", "", len(table)) + (f" · {table.sheet}" if table.sheet else ""))
        self.revalidate()

    def _file_failed(self, exc: BaseException, encoding: str | None) -> None:
        from smsdesk.ui.messages import describe

        self.file_info.setText(describe(exc)[0])
        self.file_info.hide()  # the message shows once, as the dialog's problem
        if asks_for_encoding(exc):  # let the encoding be chosen here
            self.encoding.show_file(None, encoding)
            self.form.setRowVisible(self.encoding, True)
        self.revalidate()
        self.adjustSize()

    def validate(self) -> str:
        if self.chooser.value() is None:
            return self.tr("You administer no user group.")
        if not self.path.text():
            return self.tr("Choose the file to import.")
        if self.column.count() == 0:
            return self.file_info.text() or self.tr("Reading the file…")
        return ""


class BlacklistSection(Section):
    changes = frozenset({Change.BLACKLIST})

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("blacklist_section")
        self.labels = LibraryLabels(self)
        self.lists: list[blacklist.BlacklistListRow] = []
        self.groups: list = []
        self._handle = None
        codes = CodeLabels(self)

        self.list_view = QListWidget()
        self.list_view.setObjectName("blacklist_lists")
        self.list_view.setStyleSheet("QListWidget#blacklist_lists::item { padding: 4px 4px; }")
        self.search = QLineEdit()
        self.search.setObjectName("blacklist_search")
        self.search.setPlaceholderText(self.tr("Number, or its first or last digits…"))
        self.search.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("blacklist_search_button")
        self.add_button = QPushButton(self.tr("Add number…"))
        self.add_button.setObjectName("blacklist_add")
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("blacklist_import")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("blacklist_delete")
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.setObjectName("blacklist_more")
        self.more_button.setEnabled(False)
        self.count = QLabel()
        self.count.setObjectName("blacklist_count")

        self.model = RowTableModel(
            [
                Column(self.tr("Number"), lambda r: r.shown, lambda r: display_number(r.shown)),
                Column(self.tr("Blacklist"), lambda r: r.list_id, lambda r: self._list_label(r.list_id)),
                Column(self.tr("Reason"), lambda r: r.reason, lambda r: codes.blacklist_reason(r.reason)),
                Column(self.tr("Added by"), lambda r: r.author or ""),
                Column(self.tr("Added"), lambda r: r.created_at, lambda r: when(r.created_at)),
                Column(self.tr("Source"), lambda r: r.source, lambda r: codes.blacklist_source(r.source)),
            ],
            self,
        )
        # (list, number) order comes from the database and pages continue it: no client-side sorting
        self.table = DataTableView(ctx.prefs.raw(), "library/blacklist_header")
        self.table.setObjectName("blacklist_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        # fixed widths, not fit_columns_once(): measuring hundreds of rows of CJK text stalls the window
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(2, 130)
        self.table.setColumnWidth(3, 90)
        self.table.setColumnWidth(4, 130)
        self.table.restore_header()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.search_button)
        bar.addWidget(self.add_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.delete_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.more_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(bar)
        rl.addWidget(self.table, 1)
        rl.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(self.list_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.search.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        self.list_view.currentRowChanged.connect(lambda _row: self.run_search())
        self.more_button.clicked.connect(self.load_more)
        self.add_button.clicked.connect(self.add_number)
        self.import_button.clicked.connect(self.import_numbers)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.shortcuts(find=self.search.setFocus, new=self.add_number, delete=self.delete_selected)
        self._update_buttons()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("BlacklistSection", "Blacklists")

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        self.read(blacklist.lists, on_done=self._show_lists)
        self.read(org.visible_groups, on_done=self._set_groups)

    def _set_groups(self, groups: list) -> None:
        scope = set(org.subtree_ids(groups, self.ctx.profile.group_id))
        self.groups = [g for g in groups if g.id in scope]
        self._update_buttons()

    def _list_label(self, list_id: int) -> str:
        found = next((lst for lst in self.lists if lst.id == list_id), None)
        return self.labels.scope(found.scope, found.group_path, found.kind) if found else ""

    def _show_lists(self, lists: list) -> None:
        self.loaded = True
        current = self.selected_list_ids()
        self.lists = lists
        loc = QLocale()
        self.list_view.blockSignals(True)
        self.list_view.clear()
        everything = QListWidgetItem(
            self.tr("All blacklists (%1)").replace("%1", loc.toString(sum(lst.entries for lst in lists)))
        )
        everything.setData(LIST_ROLE, None)
        self.list_view.addItem(everything)
        select = 0
        for lst in lists:
            item = QListWidgetItem(
                f"{self.labels.scope(lst.scope, lst.group_path, lst.kind)} ({loc.toString(lst.entries)})"
            )
            item.setData(LIST_ROLE, lst.id)
            self.list_view.addItem(item)
            if current == [lst.id]:
                select = self.list_view.count() - 1
        self.list_view.setCurrentRow(select)
        self.list_view.blockSignals(False)
        self.run_search()

    def selected_list_ids(self) -> list[int]:
        item = self.list_view.currentItem()
        if item is None or item.data(LIST_ROLE) is None:
            return [lst.id for lst in self.lists]
        return [item.data(LIST_ROLE)]

    def run_search(self) -> None:
        self._query(None)

    def load_more(self) -> None:
        if self.model.rows:
            last = self.model.rows[-1]
            if last.digits is None:  # seen masked: the database pages by position
                self._query(None, len(self.model.rows))
            else:
                self._query((last.list_id, last.number))

    def _query(self, after, offset: int = 0) -> None:
        if self._handle is not None and self._handle.running:
            self._handle.cancel()
        ids, number = self.selected_list_ids(), self.search.text()
        self.search_button.setEnabled(False)
        self._handle = self.ctx.runner.read(
            lambda s: blacklist.search(s, ids, number=number, after=after, offset=offset),
            on_done=lambda rows: self._show(rows, after is not None or offset > 0),
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self.search_button.setEnabled(True)
        self.show_error(exc)

    def _show(self, rows: list, append: bool) -> None:
        self.search_button.setEnabled(True)
        if append:
            self.model.append_rows(rows)
        else:
            self.model.set_rows(rows)
        self.more_button.setEnabled(len(rows) == blacklist.PAGE)
        self.count.setText(self.tr("%n number(s) shown", "", len(self.model.rows)))
        self._update_buttons()

    # -- changing ----------------------------------------------------------------------------------

    def _top_admin(self) -> bool:
        return bool(self.rights and self.rights.is_top_admin)

    def _may_change(self, list_id: int) -> bool:
        found = next((lst for lst in self.lists if lst.id == list_id), None)
        if found is None:
            return False
        if found.scope in ("global", "kind"):
            return self._top_admin()
        return any(g.id == found.group_id for g in self.groups)

    def _update_buttons(self) -> None:
        may_add = self._top_admin() or bool(self.groups)
        self.add_button.setEnabled(may_add)
        self.import_button.setEnabled(may_add)
        rows = self.selected_rows()
        # a number seen masked is removed by searching it whole (then the database shows it: it was typed)
        masked = any(r.digits is None for r in rows)
        self.delete_button.setEnabled(bool(rows) and not masked and all(self._may_change(r.list_id) for r in rows))
        self.delete_button.setToolTip(
            self.tr("To remove a number you see masked, search for the whole number first.") if masked else ""
        )

    def selected_rows(self) -> list:
        return [index.data(ROW_ROLE) for index in self.table.selectionModel().selectedRows()]

    def _chooser(self) -> ListChooser:
        chooser = ListChooser(self.labels, self.groups, self._top_admin())
        ids = self.selected_list_ids()
        found = next((lst for lst in self.lists if lst.id == ids[0]), None) if len(ids) == 1 else None
        if found is not None:
            chooser.choose(found.scope, found.group_id, found.kind)
        return chooser

    def add_number(self) -> AddNumberDialog:
        dialog = AddNumberDialog(self, self._chooser())

        def save() -> None:
            ref = dialog.chooser.value()
            number, reason = dialog.number.text(), dialog.reason.text()
            self.write(
                lambda s: blacklist.add_number(
                    s, ref.scope, number, group_id=ref.group_id, kind=ref.kind, reason=reason
                )
            )

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def import_numbers(self, path: str | None = None) -> ImportDialog:
        dialog = ImportDialog(self, self._chooser())
        dialog.accepted.connect(lambda: self.start_import(dialog))
        dialog.open()
        if path:
            dialog.set_file(path)
        return dialog

    def start_import(self, dialog: ImportDialog):
        ref = dialog.chooser.value()
        path, column, reason = dialog.path.text(), dialog.column.currentData(), dialog.reason.text()
        sheet, encoding = dialog.chosen()

        def work(session, job):
            return blacklist.import_file(
                session,
                job,
                path,
                ref.scope,
                group_id=ref.group_id,
                kind=ref.kind,
                column=column,
                reason=reason,
                sheet=sheet,
                encoding=encoding,
            )

        return self.run_import(self.tr("Importing %1…").replace("%1", Path(path).name), work, self._imported)

    def _imported(self, report: blacklist.BlacklistImport) -> None:
        loc = QLocale()
        text = (
            self.tr(
                "%1: %Ln row(s) read. %3 numbers added, %4 already listed; %5 invalid and %6 repeated rows left out.",
                "",
                int(report.rows),
            )
            .replace("%1", report.source)
            .replace("%3", loc.toString(report.added))
            .replace("%4", loc.toString(report.existing))
            .replace("%5", loc.toString(report.invalid_count))
            .replace("%6", loc.toString(report.duplicates))
        )
        details = "\n".join(
            self.tr("Row %1: “%2” (%3)")
            .replace("%1", str(row))
            .replace("%2", value[:40])
            .replace("%3", self.labels.number_reason(reason))
            for row, value, reason in report.invalid[:REPORT_ROWS]
        )
        self.last_report = self.report(text, details)

    def delete_selected(self):
        rows = self.selected_rows()
        if not rows or any(r.digits is None for r in rows) or not all(self._may_change(r.list_id) for r in rows):
            return None
        entries = [(r.list_id, r.number) for r in rows]
        return self.confirm(
            self.tr("Remove %n number(s) from the blacklist?", "", len(rows)),
            lambda: self.write(blacklist.delete, entries),
        )

    def apply_rights(self) -> None:
        self._update_buttons()
