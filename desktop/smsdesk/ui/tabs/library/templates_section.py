"""Templates (SET-4, TPL-1): text with 【variables】, public or private, approved before use; an editor that shows
the variables it finds and counts a sample rendering as the carrier bills it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsdesk.domain.kinds import NOTIFICATION
from smsdesk.services import library
from smsdesk.services.errors import ServiceError
from smsdesk.ui.changes import Change
from smsdesk.ui.formats import when
from smsdesk.ui.tabs.library.labels import LibraryLabels
from smsdesk.ui.tabs.library.section import Section, error_text
from smsdesk.ui.widgets.row_table import ROW_ROLE, Column, DataTableView, RowFilterProxy, RowTableModel


class TemplatesSection(Section):
    changes = frozenset({Change.TEMPLATES})

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("templates_section")
        self.labels = LibraryLabels(self)
        self.editing: library.TemplateRow | None = None  # None: a new template
        self._reselect: int | None = None  # the template just saved, to show again once the list reloads
        self.signature_rows: list = []

        # -- the list ------------------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("template_search")
        self.search.setPlaceholderText(self.tr("Search name or text…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("template_status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in library.STATUSES:
            self.status_filter.addItem(self.labels.status(status), status)
        self.new_button = QPushButton(self.tr("New template"))
        self.new_button.setObjectName("template_new")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.model = RowTableModel(
            [
                Column(self.tr("Name"), lambda t: t.name),
                Column(self.tr("Kind"), lambda t: t.kind, lambda t: self.labels.kind(t.kind)),
                Column(self.tr("Status"), lambda t: t.status, lambda t: self.labels.status(t.status)),
                Column(self.tr("Visibility"), lambda t: t.is_public, lambda t: self.labels.visibility(t.is_public)),
                Column(self.tr("Author"), lambda t: t.owner_login or "—"),
                Column(
                    self.tr("Changed"),
                    lambda t: t.updated_at,
                    lambda t: when(t.updated_at),
                ),
            ],
            self,
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView(ctx.prefs.raw(), "library/templates_header")
        self.table.setObjectName("template_table")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        # fixed widths, not fit_columns_once(): measuring hundreds of rows of CJK text stalls the window
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(1, 70)
        self.table.setColumnWidth(2, 70)
        self.table.setColumnWidth(3, 80)
        self.table.setColumnWidth(4, 90)
        self.table.restore_header()
        self.count = QLabel()

        # -- the editor ----------------------------------------------------------------------------
        self.name = QLineEdit()
        self.name.setObjectName("template_name")
        self.name.setMaxLength(library.TEMPLATE_NAME_MAX)
        self.kind = QComboBox()
        self.kind.setObjectName("template_kind")
        for kind, label in self.labels.kinds():
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(self.kind.findData(NOTIFICATION))
        self.public = QCheckBox(self.tr("Public: every user of my group may send with it"))
        self.public.setObjectName("template_public")
        self.content = QPlainTextEdit()
        self.content.setObjectName("template_content")
        self.content.setPlaceholderText(self.tr("Dear 【name】, your 【policy】 premium is due on 【due date】."))
        self.status = QLabel()
        self.status.setObjectName("template_status")
        self.status.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("template_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020;")
        self.variables = QLabel()
        self.variables.setObjectName("template_variables")
        self.variables.setWordWrap(True)
        self.samples = QTableWidget(0, 2)
        self.samples.setObjectName("template_samples")
        self.samples.setHorizontalHeaderLabels([self.tr("Variable"), self.tr("Sample value")])
        self.samples.verticalHeader().hide()
        self.samples.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.samples.verticalHeader().setDefaultSectionSize(24)
        self.samples.setMaximumHeight(140)
        self.signature = QComboBox()
        self.signature.setObjectName("template_signature")
        self.counter = QLabel()
        self.counter.setObjectName("template_counter")
        self.rendered = QPlainTextEdit()
        self.rendered.setObjectName("template_rendered")
        self.rendered.setReadOnly(True)
        self.rendered.setMaximumHeight(110)
        self.save_button = QPushButton(self.tr("Save and submit for review"))
        self.save_button.setObjectName("template_save")
        self.revert_button = QPushButton(self.tr("Discard changes"))

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow("", self.public)
        form.addRow(self.tr("Text:"), self.content)
        form.addRow("", self.status)
        sample_box = QGroupBox(self.tr("Sample message"))
        sample_form = QFormLayout(sample_box)
        sample_form.addRow(self.tr("Variables:"), self.variables)
        sample_form.addRow(self.samples)
        sample_form.addRow(self.tr("Signature:"), self.signature)
        sample_form.addRow(self.rendered)
        sample_form.addRow(self.counter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.warning, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        editor = QWidget()
        editor.setObjectName("template_editor")
        el = QVBoxLayout(editor)
        el.setContentsMargins(0, 0, 0, 0)
        el.addLayout(form, 2)
        el.addWidget(sample_box, 2)
        el.addLayout(buttons)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(bar)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(120)
        self._preview_timer.timeout.connect(self.update_preview)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)

        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        for signal in (self.content.textChanged, self.kind.currentIndexChanged, self.signature.currentIndexChanged):
            signal.connect(lambda *_: self._preview_timer.start())
        self.content.textChanged.connect(self._update_save)
        self.name.textChanged.connect(self._update_save)
        self.samples.itemChanged.connect(lambda _item: self._preview_timer.start())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._open(current))
        self.new_button.clicked.connect(self.new_template)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.edit(self.editing))
        self.shortcuts(find=self.search.setFocus, new=self.new_template, delete=self.delete_selected)
        self.edit(None)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("TemplatesSection", "Templates")

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        text, status = self.search.text(), self.status_filter.currentData()
        self.read(lambda s: library.templates(s, text, status), on_done=self._show)
        self.read(library.signatures, on_done=self._set_signatures)

    def _show(self, rows: list) -> None:
        self.loaded = True
        keep = self._reselect or (self.editing.id if self.editing else None)
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n template(s)", "", len(rows)))
        fresh = next((r for r in rows if r.id == keep), None) if keep is not None else None
        if fresh is not None:
            if self._reselect is not None or not self._dirty():
                self.edit(fresh)
            self.select(fresh.id)
        self._reselect = None
        self._update_buttons()

    def _set_signatures(self, rows: list) -> None:
        self.signature_rows = rows
        current = self.signature.currentData()
        self.signature.blockSignals(True)
        self.signature.clear()
        self.signature.addItem(self.tr("(none)"), None)
        for row in rows:
            self.signature.addItem(f"{row.bracketed}  {row.group_path}", row.text)
        mine = library.default_signature(rows, self._my_path_ids(rows))
        wanted = current if current is not None else (mine.text if mine else None)
        self.signature.setCurrentIndex(max(0, self.signature.findData(wanted)))
        self.signature.blockSignals(False)
        self.update_preview()

    def _my_path_ids(self, rows: list) -> list[int]:
        """My group and the groups above it, top first: the signatures shallower than my group are my ancestors'
        (the others one sees are in groups one oversees, below)."""
        depth = self.ctx.profile.group_path.count("/") + 1
        above = [r for r in sorted(rows, key=lambda r: r.depth) if r.depth < depth]
        return [*dict.fromkeys(r.group_id for r in above), self.ctx.profile.group_id]

    def select(self, template_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == template_id:
                self.table.setCurrentIndex(index)
                return

    def _open(self, current) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is not None and (self.editing is None or row.id != self.editing.id or not self._dirty()):
            self.edit(row)
        self._update_buttons()

    # -- editing -----------------------------------------------------------------------------------

    def may_edit(self, row: library.TemplateRow | None) -> bool:
        profile = self.ctx.profile
        if row is None:
            return True
        if row.is_public:
            return profile.is_admin
        return row.owner_id == profile.id

    def edit(self, row: library.TemplateRow | None) -> None:
        """Load ``row`` into the editor (None: a blank new template)."""
        self.editing = row
        self.name.setText(row.name if row else "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind if row else NOTIFICATION)))
        self.public.setChecked(bool(row and row.is_public))
        self.content.setPlainText(row.content if row else "")
        editable = self.may_edit(row)
        for widget in (self.name, self.kind, self.content):
            widget.setEnabled(editable)
        self.public.setEnabled(editable and self.ctx.profile.is_admin)
        self.public.setVisible(self.ctx.profile.is_admin or bool(row and row.is_public))
        if row is None:
            self.status.setText(self.tr("New template: it can be used once a reviewer approves it."))
        elif row.status == "approved":
            # operators do not see other users, so the reviewer's name may be unknown here
            self.status.setText(
                self.tr("Approved by %1. Saving a change sends it back to review.").replace("%1", row.reviewer_login)
                if row.reviewer_login
                else self.tr("Approved. Saving a change sends it back to review.")
            )
        elif row.status == "rejected":
            self.status.setText(
                (
                    self.tr("Rejected by %1: %2").replace("%1", row.reviewer_login)
                    if row.reviewer_login
                    else self.tr("Rejected: %2")
                ).replace("%2", row.review_reason or "")
            )
        else:
            self.status.setText(self.tr("Awaiting review: it cannot be used to send yet."))
        if not editable and row is not None:
            # the database's rule, said as it is: a shared template is the administrators', a private one its author's
            why = (
                self.tr("(read-only: only an administrator changes a shared template)")
                if row.is_public
                else self.tr("(read-only: only its author changes a private template; reject it with a reason "
                             "and the author can edit it)")
            )
            self.status.setText(self.status.text() + " " + why)
        self.update_preview()
        self._update_save()

    def _dirty(self) -> bool:
        row = self.editing
        if row is None:
            return bool(self.content.toPlainText().strip() or self.name.text().strip())
        return (
            self.name.text().strip() != row.name
            or self.content.toPlainText().strip() != row.content
            or self.kind.currentData() != row.kind
            or self.public.isChecked() != row.is_public
        )

    def _samples(self) -> dict[str, str]:
        values = {}
        for r in range(self.samples.rowCount()):
            name, value = self.samples.item(r, 0), self.samples.item(r, 1)
            if name is not None and value is not None and value.text().strip():
                values[name.text()] = value.text()
        return values

    def update_preview(self) -> None:
        """Variables, sample rendering and the carrier's count; pure rules, no database, so it runs as one types."""
        previous = self._samples()
        preview = library.preview_template(
            self.content.toPlainText(),
            previous,
            kind=self.kind.currentData() or NOTIFICATION,
            signature=self.signature.currentData(),
        )
        self.samples.blockSignals(True)
        names = list(preview.variables)
        self.samples.setRowCount(len(names))
        for r, name in enumerate(names):
            key = QTableWidgetItem(name)
            key.setFlags(key.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.samples.setItem(r, 0, key)
            self.samples.setItem(r, 1, QTableWidgetItem(previous.get(name, "")))
        self.samples.blockSignals(False)
        if preview.error:
            self.variables.setText(error_text(preview.error))
            self.variables.setStyleSheet("color: #b00020;")
            self.rendered.setPlainText("")
            self.counter.setText("")
            self._update_save()
            return
        self.variables.setStyleSheet("")
        self.variables.setText(
            "  ".join(f"【{n}】" for n in names) if names else self.tr("none: every message is the same")
        )
        m = preview.measure
        self.rendered.setPlainText(m.text if m else "")
        if m is None or m.empty:
            self.counter.setText("")
        else:
            text = (
                self.tr("%1 characters · %2 · %n segment(s) per message", "", m.segments)
                .replace("%1", str(m.chars))
                .replace("%2", "GSM-7" if m.encoding == "GSM7" else "UCS-2")
            )
            if m.over_limit:
                text += " · " + self.tr("over the %1-character limit").replace("%1", str(m.limit))
            self.counter.setText(text)
        self._update_save()

    def _problem(self) -> str:
        try:
            library.check_template(self.name.text(), self.kind.currentData() or "", self.content.toPlainText())
        except ServiceError as exc:
            return exc.code
        return ""

    def _update_save(self) -> None:
        editable = self.may_edit(self.editing)
        problem = self._problem() if editable else ""
        self.save_button.setEnabled(editable and self._dirty() and not problem)
        self.revert_button.setEnabled(editable and self._dirty())
        shown_above = problem in ("template_unclosed", "template_unopened", "template_nested", "template_empty_name")
        if problem and self._dirty() and problem != "template_name_empty" and not shown_above:
            self.warning.setText(error_text(problem))
        elif self.editing is not None and self.editing.status == "approved" and self._dirty():
            self.warning.setText(self.tr("Saving sends this approved template back to review."))
        else:
            self.warning.setText("")

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.delete_button.setEnabled(row is not None and self.may_edit(row))

    def current_row(self) -> library.TemplateRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    # -- actions -----------------------------------------------------------------------------------

    def new_template(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(self.proxy.index(-1, -1))
        self.edit(None)
        self.name.setFocus()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        name, kind, content = self.name.text(), self.kind.currentData(), self.content.toPlainText()
        public = self.public.isChecked()
        row = self.editing
        if row is None:
            self.write(library.create_template, name, kind, content, public, on_done=self._saved)
        else:
            self.write(
                library.update_template, row.id, name, kind, content, public, on_done=lambda _r: self._saved(row.id)
            )

    def _saved(self, template_id: int) -> None:
        self._reselect = template_id

    def delete_selected(self):
        row = self.current_row()
        if row is None or not self.may_edit(row):
            return None
        return self.confirm(
            self.tr("Delete the template “%1”?").replace("%1", row.name),
            lambda: self.write(library.delete_template, row.id, on_done=lambda _r: self.edit(None)),
        )
