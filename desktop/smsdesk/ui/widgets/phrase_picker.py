"""A phrase picker for content editors (SEND-4): the user's public and personal phrase groups, filterable;
double-click or Enter inserts a phrase.

    picker = PhrasePicker(ctx.runner)
    picker.phrase_chosen.connect(editor.insertPlainText)
    picker.refresh()          # loads in the background; call again on the runner's Change.PHRASES
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from smsdesk.services import library
from smsdesk.ui.changes import Change
from smsdesk.ui.widgets.placeholder import fit_placeholder

PHRASE_ROLE = Qt.ItemDataRole.UserRole + 40


class _PhraseTree(QTreeWidget):
    activated_phrase = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None and item.data(0, PHRASE_ROLE):
            self.activated_phrase.emit(item.data(0, PHRASE_ROLE))
            return
        super().keyPressEvent(event)


class PhrasePicker(QWidget):
    phrase_chosen = Signal(str)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phrase_picker")
        self.runner = runner
        self.book = library.PhraseBook([], [])
        self.filter = QLineEdit()
        self.filter.setObjectName("phrase_picker_filter")
        self.filter.setPlaceholderText(self.tr("Filter phrases…"))
        self.filter.setClearButtonEnabled(True)
        fit_placeholder(self.filter)
        self.tree = _PhraseTree()
        self.tree.setObjectName("phrase_picker_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setToolTip(self.tr("Double-click a phrase to insert it"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        self.filter.textChanged.connect(lambda _t: self._fill())
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.tree.activated_phrase.connect(self.phrase_chosen)

    def refresh(self) -> None:
        self.runner.read(library.phrase_book, on_done=self.set_book, owner=self)

    def on_changes(self, keys: frozenset[Change]) -> None:
        if Change.PHRASES in keys:
            self.refresh()

    def set_book(self, book: library.PhraseBook) -> None:
        self.book = book
        self._fill()

    def _fill(self) -> None:
        needle = self.filter.text().strip().casefold()
        self.tree.clear()
        roots = {True: self.tr("Public phrases"), False: self.tr("My phrases")}
        names = [g.name for g in self.book.groups]
        for public in (True, False):
            root = QTreeWidgetItem([roots[public]])
            for group in (g for g in self.book.groups if g.public == public):
                phrases = [p for p in self.book.in_group(group.id) if needle in p.content.casefold()]
                if not phrases and needle not in group.name.casefold():
                    continue
                # two groups of one name (from different branches) say whose they are
                title = group.name
                if names.count(group.name) > 1 and group.group_path:
                    title = f"{group.name} · {group.group_path.rsplit('/', 1)[-1]}"
                node = QTreeWidgetItem([title])
                node.setToolTip(0, group.group_path or group.name)
                for phrase in phrases:
                    leaf = QTreeWidgetItem([phrase.content])
                    leaf.setData(0, PHRASE_ROLE, phrase.content)
                    leaf.setToolTip(0, phrase.content)
                    node.addChild(leaf)
                root.addChild(node)
            if root.childCount():
                self.tree.addTopLevelItem(root)
        self.tree.expandAll()

    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        content = item.data(0, PHRASE_ROLE)
        if content:
            self.phrase_chosen.emit(content)
