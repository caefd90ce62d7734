"""Phrase library (SET-3): named groups of phrases, public to the user group or personal."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import library
from smsdesk.ui.changes import Change
from smsdesk.ui.formats import when
from smsdesk.ui.tabs.library.section import FormDialog, Section, error_text
from smsdesk.ui.widgets.row_table import ROW_ROLE, Column, DataTableView, RowFilterProxy, RowTableModel

GROUP_ROLE = Qt.ItemDataRole.UserRole + 20


class PredicateProxy(RowFilterProxy):
    """The row filter plus a test on the row object (here: which group it belongs to)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._predicate = None

    def set_predicate(self, predicate) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._predicate = predicate
            self.endFilterChange()
        else:
            self._predicate = predicate
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if self._predicate is not None:
            row = self.sourceModel().rows[source_row]
            if not self._predicate(row):
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class PhraseGroupDialog(FormDialog):
    def __init__(self, parent: QWidget, *, name: str = "", public: bool = True, renaming: bool = False) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Rename phrase group") if renaming else self.tr("New phrase group"))
        self.name = QLineEdit(name)
        self.name.setObjectName("phrase_group_name")
        self.name.setMaxLength(library.PHRASE_GROUP_MAX)
        self.public = QCheckBox(self.tr("Public: shared with everyone in my user group"))
        self.public.setObjectName("phrase_group_public")
        self.public.setChecked(public)
        self.public.setEnabled(not renaming)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow("", self.public)
        self.name.textChanged.connect(self.revalidate)
        self.revalidate()

    def validate(self) -> str:
        return "" if self.name.text().strip() else error_text("phrase_group_empty")


class PhraseDialog(FormDialog):
    def __init__(self, parent: QWidget, *, content: str = "", editing: bool = False) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Edit phrase") if editing else self.tr("New phrase"))
        self.content = QPlainTextEdit(content)
        self.content.setObjectName("phrase_content")
        self.content.setMinimumHeight(110)
        self.count = QLabel()
        self.form.addRow(self.tr("Phrase:"), self.content)
        self.form.addRow("", self.count)
        self.content.textChanged.connect(self.revalidate)
        self.revalidate()

    def validate(self) -> str:
        text = self.content.toPlainText().strip()
        self.count.setText(
            self.tr("%1 of at most %2", "characters typed of the limit")
            .replace("%1", QLocale().toString(len(text)))
            .replace("%2", self.tr("%Ln character(s)", "", library.PHRASE_MAX))
        )
        if not text:
            return error_text("phrase_empty")
        if len(text) > library.PHRASE_MAX:
            return error_text("phrase_too_long")
        return ""


class PhrasesSection(Section):
    changes = frozenset({Change.PHRASES})

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("phrases_section")
        self.book = library.PhraseBook([], [])

        self.search = QLineEdit()
        self.search.setObjectName("phrase_search")
        self.search.setPlaceholderText(self.tr("Search phrases…"))
        self.search.setClearButtonEnabled(True)
        self.new_group_button = QPushButton(self.tr("New group"))
        self.new_group_button.setObjectName("phrase_new_group")
        self.new_button = QPushButton(self.tr("New phrase"))
        self.new_button.setObjectName("phrase_new")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))

        self.groups = QTreeWidget()
        self.groups.setObjectName("phrase_groups")
        self.groups.setHeaderLabels([self.tr("Phrase groups")])
        self.public_root = QTreeWidgetItem([self.tr("Public")])
        self.personal_root = QTreeWidgetItem([self.tr("Personal")])
        self.groups.addTopLevelItems([self.public_root, self.personal_root])

        self.model = RowTableModel(
            [
                Column(self.tr("Phrase"), lambda p: p.content),
                Column(self.tr("Group"), lambda p: self._group_name(p.phrase_group_id)),
                Column(self.tr("Author"), lambda p: p.author or ""),
                Column(
                    self.tr("Changed"),
                    lambda p: p.updated_at,
                    lambda p: when(p.updated_at),
                ),
            ],
            self,
        )
        self.proxy = PredicateProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(0)
        self.table = DataTableView(ctx.prefs.raw(), "library/phrases_header")
        self.table.setObjectName("phrase_table")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # fixed widths, not fit_columns_once(): measuring hundreds of rows of CJK text stalls the window
        self.table.setColumnWidth(0, 360)
        self.table.setColumnWidth(1, 110)
        self.table.setColumnWidth(2, 90)
        self.table.restore_header()
        self.count = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (self.new_group_button, self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.table, 1)
        rl.addWidget(self.count)
        splitter = QSplitter()
        splitter.addWidget(self.groups)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self._apply_filter)
        self.groups.currentItemChanged.connect(lambda *_: self._apply_filter())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.new_group_button.clicked.connect(self.new_group)
        self.new_button.clicked.connect(self.new_phrase)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.shortcuts(find=self.search.setFocus, new=self.new_phrase, delete=self.delete_selected)
        self._update_buttons()

    @staticmethod
    def title() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("PhrasesSection", "Phrases")

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        self.read(library.phrase_book, on_done=self._show)

    def _show(self, book: library.PhraseBook) -> None:
        self.loaded = True
        current = self.current_group()
        self.book = book
        for root in (self.public_root, self.personal_root):
            root.takeChildren()
        select = None
        for group in book.groups:
            root = self.public_root if group.public else self.personal_root
            label = group.name
            if group.public and group.user_group_id != self.ctx.profile.group_id:
                label = f"{group.name}  ({group.group_path})"
            item = QTreeWidgetItem([label])
            item.setData(0, GROUP_ROLE, group.id)
            item.setToolTip(0, group.group_path)
            root.addChild(item)
            if current is not None and group.id == current.id:
                select = item
        self.groups.expandAll()
        if select is not None:
            self.groups.setCurrentItem(select)
        self.model.set_rows(book.phrases)
        self._apply_filter()

    def _group_name(self, group_id: int) -> str:
        group = self._group(group_id)
        return group.name if group else ""

    def _group(self, group_id: int | None) -> library.PhraseGroupRow | None:
        return next((g for g in self.book.groups if g.id == group_id), None)

    def current_group(self) -> library.PhraseGroupRow | None:
        item = self.groups.currentItem()
        return self._group(item.data(0, GROUP_ROLE)) if item is not None else None

    def selected_phrase(self) -> library.PhraseRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _apply_filter(self) -> None:
        """A search looks through every group; otherwise the table shows the chosen group's phrases."""
        group = self.current_group()
        text = self.search.text().strip()
        if group is not None and not text:
            self.proxy.set_predicate(lambda p: p.phrase_group_id == group.id)
        else:
            self.proxy.set_predicate(None)
        self.proxy.setFilterFixedString(text)
        self.count.setText(self.tr("%n phrase(s)", "", self.proxy.rowCount()))
        self._update_buttons()

    def _may_change(self, phrase: library.PhraseRow | None) -> bool:
        if phrase is None or self.rights is None:
            return False
        group = self._group(phrase.phrase_group_id)
        if group is None:
            return False
        if not group.public:
            return True
        return (
            phrase.created_by == self.rights.user_id
            or group.created_by == self.rights.user_id
            or (self.rights.is_admin)
        )

    def _update_buttons(self) -> None:
        may = self._may_change(self.selected_phrase())
        self.edit_button.setEnabled(may)
        self.delete_button.setEnabled(may or self._group_deletable(self.current_group()))

    def _group_deletable(self, group: library.PhraseGroupRow | None) -> bool:
        if group is None or self.rights is None:
            return False
        return not group.public or group.created_by == self.rights.user_id or self.rights.is_admin

    def apply_rights(self) -> None:
        self._update_buttons()

    # -- actions -----------------------------------------------------------------------------------

    def new_group(self) -> PhraseGroupDialog:
        dialog = PhraseGroupDialog(self)
        dialog.accepted.connect(
            lambda: self.write(library.create_phrase_group, dialog.name.text(), dialog.public.isChecked())
        )
        dialog.open()
        return dialog

    def new_phrase(self) -> PhraseDialog | PhraseGroupDialog:
        group = self.current_group()
        if group is None:  # a phrase lives in a group: make one first
            return self.new_group()
        dialog = PhraseDialog(self)
        dialog.accepted.connect(lambda: self.write(library.add_phrase, group.id, dialog.content.toPlainText()))
        dialog.open()
        return dialog

    def edit_selected(self) -> FormDialog | None:
        phrase = self.selected_phrase()
        if phrase is None:
            group = self.current_group()
            if group is None or not self._group_deletable(group):
                return None
            dialog = PhraseGroupDialog(self, name=group.name, public=group.public, renaming=True)
            dialog.accepted.connect(lambda: self.write(library.rename_phrase_group, group.id, dialog.name.text()))
            dialog.open()
            return dialog
        dialog = PhraseDialog(self, content=phrase.content, editing=True)
        dialog.accepted.connect(lambda: self.write(library.update_phrase, phrase.id, dialog.content.toPlainText()))
        dialog.open()
        return dialog

    def delete_selected(self):
        phrase = self.selected_phrase()
        if phrase is not None:
            return self.confirm(
                self.tr("Delete the phrase “%1”?").replace("%1", phrase.content[:40]),
                lambda: self.write(library.delete_phrase, phrase.id),
            )
        group = self.current_group()
        if group is not None:
            n = len(self.book.in_group(group.id))
            return self.confirm(
                self.tr("Delete the group “%1” and %2?").replace("%1", group.name).replace(
                    "%2", self.tr("its %Ln phrase(s)", "", n)),
                lambda: self.write(library.delete_phrase_group, group.id),
            )
        return None
