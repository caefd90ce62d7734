"""The Approvals tab (APR-1, APR-2): tasks and templates awaiting review, oldest first, with the content's
sensitive words highlighted; approve, reject with a reason, review rejected templates again, bulk approve.

Every read and decision runs on the JobRunner; the database decides who may decide what (0006). Queues
reload live when the badge hears NOTIFY smsdesk_approval.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smsdesk.domain import text as text_rules
from smsdesk.domain.words import SensitiveWords, fold
from smsdesk.services import approvals
from smsdesk.services.approvals import ApprovalError, QueueFilter, ReviewContext
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.formats import when
from smsdesk.ui.messages import Messages
from smsdesk.ui.numbers import display_number
from smsdesk.ui.tabs.approvals.badge import ApprovalBadge
from smsdesk.ui.tabs.library.labels import LibraryLabels
from smsdesk.ui.widgets.row_table import Column, DataTableView, RowTableModel

# a rejected task is refunded to its submitter's quota
DECISION_CHANGES = frozenset({Change.APPROVALS, Change.TASKS, Change.QUOTA})
TEMPLATE_DECISION_CHANGES = frozenset({Change.APPROVALS, Change.TEMPLATES})
RELOAD_ON = frozenset({Change.APPROVALS, Change.TASKS, Change.TEMPLATES})
HIT_COLOUR = "#fde68a"  # amber background for sensitive words
HIT_TEXT = "#9a3412"


# ------------------------------------------------------------------------------------------------ helpers


def word_spans(words: SensitiveWords, text: str) -> list[tuple[int, int]]:
    """(start, length) of every sensitive word in ``text``, matched the way the dispatcher matches (folded)."""
    hits = words.find(text)
    if not hits:
        return []
    folded = fold(text)
    spans = []
    for word in hits:
        key = fold(word.strip())
        start = folded.find(key)
        while start >= 0:
            spans.append((start, len(key)))
            start = folded.find(key, start + 1)
    return sorted(spans)


def highlighted_html(words: SensitiveWords, text: str) -> str:
    """Rich text of ``text`` with its sensitive words marked, for sample rows."""
    out, at = [], 0
    for start, length in word_spans(words, text):
        if start < at:
            continue
        out.append(escape(text[at:start]))
        out.append(
            f"<span style='background:{HIT_COLOUR};color:{HIT_TEXT};font-weight:bold'>"
            f"{escape(text[start : start + length])}</span>"
        )
        at = start + length
    out.append(escape(text[at:]))
    return "".join(out).replace("\n", "<br>")


class ReasonDialog(QDialog):
    """Asks for the reason of a rejection; OK stays disabled until there is one."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setWindowTitle(self.tr("Reject"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Why is %1 rejected? The submitter will see this reason.").replace("%1", what))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("reason_edit")
        self.edit.setPlaceholderText(self.tr("For example: the offer is not verified; add how to unsubscribe."))
        self.edit.setFixedHeight(90)
        layout.addWidget(self.edit)
        self.problem = QLabel()
        self.problem.setObjectName("reason_problem")
        self.problem.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reject"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self._on_edit_text_changed()

    def reason(self) -> str:
        return self.edit.toPlainText().strip()

    def _problem(self) -> str:
        reason = self.reason()
        if not reason:
            return self.tr("A rejection needs a reason.")
        if len(reason) > approvals.REASON_MAX:
            return self.tr("A reason has at most %Ln character(s).", "", int(approvals.REASON_MAX))
        return ""

    def _on_edit_text_changed(self) -> None:
        problem = self._problem()
        self.problem.setText(problem if self.reason() else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if self._problem():
            return
        super().accept()


class ApprovalTexts(QObject):
    """Refusal texts of the approvals (codes of services/approvals.py)."""

    def error_text(self, exc: BaseException) -> str:
        code = getattr(exc, "code", "")
        texts = {
            "review_own": self.tr("Nobody decides on their own task or template."),
            "review_out_of_scope": self.tr(
                "This item belongs to a group outside the part of the organisation you review."
            ),
            "review_decided": self.tr("This item was already decided (perhaps by another reviewer just now)."),
            "reason_required": self.tr("A rejection needs a reason."),
            "review_reason_too_long": self.tr("A reason has at most 500 characters."),
            "review_submitter_inactive": self.tr(
                "The submitter's account is disabled or deleted. Reject the task instead."
            ),
            "review_quota": self.tr("The quota reserved for this task no longer covers it. Reject the task instead."),
            "review_expired": self.tr("The task's end time has passed. Reject the task instead."),
            "review_sensitive_words": self.tr(
                "The content contains sensitive words: %1. It cannot be sent; reject the task instead."
            ).replace("%1", "、".join(getattr(exc, "words", ()) or ())),
        }
        return texts.get(code) or Messages().error_text(code or "database")


# ------------------------------------------------------------------------------------------------ queues


class QueuePanel(QWidget):
    """One queue: filter bar, the items (oldest first, loaded page by page) and the selected item's details."""

    kind = "task"
    busy_changed = Signal(bool)
    total_changed = Signal(int)

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.labels = LibraryLabels()
        self.texts = ApprovalTexts()
        self.review = ReviewContext()
        self.words = SensitiveWords([])
        self.total = 0
        self._more = False
        self._loading = False
        self._generation = 0
        self._stale = True
        self._keep_id: int | None = None
        self._detail_generation = 0

        self.search = QLineEdit()
        self.search.setObjectName(f"{self.kind}_search")
        self.search.setPlaceholderText(self.tr("Search name, content or submitter"))
        self.search.setClearButtonEnabled(True)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName(f"{self.kind}_kind")
        self.kind_box.addItem(self.tr("All kinds"), None)
        for key, label in self.labels.kinds():
            self.kind_box.addItem(label, key)
        self.group_box = QComboBox()
        self.group_box.setObjectName(f"{self.kind}_group")
        self.group_box.addItem(self.tr("All groups"), None)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{self.kind}_count")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.kind_box, 1)
        bar.addWidget(self.group_box, 2)
        self.add_filters(bar)
        bar.addWidget(self.count_label)

        self.model = RowTableModel(self.columns(), self)
        self.view = DataTableView(ctx.prefs.raw(), f"approvals/{self.kind}_header")
        self.view.setObjectName(f"{self.kind}_table")
        self.view.setSortingEnabled(False)  # a queue is worked oldest first
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.restore_header()
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.verticalScrollBar().valueChanged.connect(self._on_scrolled)

        self.details = QTextBrowser()
        self.details.setObjectName(f"{self.kind}_details")
        self.details.setOpenLinks(False)
        # rich text marks the sensitive words (no Python highlighter or paint code: see the house rules)
        self.content = QTextBrowser()
        self.content.setObjectName(f"{self.kind}_content")
        self.hits_label = QLabel()
        self.hits_label.setObjectName(f"{self.kind}_hits")
        self.hits_label.setWordWrap(True)
        self.samples = QTextBrowser()
        self.samples.setObjectName(f"{self.kind}_samples")
        self.samples.hide()

        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName(f"{self.kind}_approve")
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName(f"{self.kind}_reject")
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.reject_button.clicked.connect(self._on_reject_button_clicked)
        self.progress = QProgressBar()
        self.progress.setObjectName(f"{self.kind}_progress")
        self.progress.hide()
        # what the last decision did, until the next one: a reviewer sees the task leave the queue and why
        self.feedback = QLabel()
        self.feedback.setObjectName(f"{self.kind}_feedback")
        self.feedback.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.feedback, 1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 3)
        content_title = QLabel(self.tr("Content (sensitive words highlighted)"))
        right_layout.addWidget(content_title)
        right_layout.addWidget(self.content, 2)
        right_layout.addWidget(self.hits_label)
        right_layout.addWidget(self.samples, 2)
        right_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.kind_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.group_box.currentIndexChanged.connect(lambda _i: self.reload())
        self._show_item(None)

    # -- to specialise --------------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def add_filters(self, bar: QHBoxLayout) -> None:
        pass

    def filter(self) -> QueueFilter:
        return QueueFilter(
            search=self.search.text(), kind=self.kind_box.currentData(), group_id=self.group_box.currentData()
        )

    def page_fn(self):
        raise NotImplementedError

    def after_key(self, item) -> tuple:
        return (item.created_at, item.id)

    # -- loading --------------------------------------------------------------------------------------

    def set_context(self, review: ReviewContext) -> None:
        self.review = review
        self.words = SensitiveWords(review.words)
        current = self.group_box.currentData()
        self.group_box.blockSignals(True)
        while self.group_box.count() > 1:
            self.group_box.removeItem(1)
        for gid, path in sorted(review.group_paths.items(), key=lambda kv: kv[1]):
            self.group_box.addItem(path, gid)
        index = self.group_box.findData(current)
        self.group_box.setCurrentIndex(max(0, index))
        self.group_box.blockSignals(False)

    def reload(self, keep_selection: bool = False) -> None:
        current = self.current_item()
        self._keep_id = current.id if keep_selection and current is not None else None
        self._stale = False
        self._generation += 1
        generation = self._generation
        self._loading = True
        self.busy_changed.emit(True)
        self.ctx.runner.read(
            self.page_fn(),
            self.filter(),
            None,
            on_done=lambda page, g=generation: self._on_first_page(g, page),
            on_error=self._on_load_failed,
            owner=self,
        )

    def mark_stale(self) -> None:
        self._stale = True

    def ensure_loaded(self) -> None:
        if self._stale:
            self.reload(keep_selection=True)

    def _on_first_page(self, generation: int, page) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.busy_changed.emit(False)
        self.total = page.total or 0
        self._more = page.more
        self.model.set_rows(page.items)
        self.view.fit_columns_once()
        self._update_count()
        self.total_changed.emit(self.total)
        if self._keep_id is not None:
            for row, item in enumerate(self.model.rows):
                if item.id == self._keep_id:
                    self.view.selectRow(row)
                    break
        if not self.view.selectionModel().hasSelection() and self.model.rows:
            self.view.selectRow(0)
        if not self.model.rows:
            self._show_item(None)

    def _on_scrolled(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if self._more and not self._loading and value >= bar.maximum() - 5:
            self.load_more()

    def load_more(self) -> None:
        if not self.model.rows or not self._more or self._loading:
            return
        self._loading = True
        generation = self._generation
        self.ctx.runner.read(
            self.page_fn(),
            self.filter(),
            self.after_key(self.model.rows[-1]),
            on_done=lambda page, g=generation: self._on_more(g, page),
            on_error=self._on_load_failed,
            owner=self,
        )

    def _on_more(self, generation: int, page) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = page.more
        self.model.append_rows(page.items)
        self._update_count()

    def _on_load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.busy_changed.emit(False)
        show_error(self, exc)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 waiting").replace("%1", QLocale().toString(self.total)))

    # -- selection and details ---------------------------------------------------------------------------

    def selected_items(self) -> list:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows if r < len(self.model.rows)]

    def current_item(self):
        """The first selected item (the one kept selected across a reload), or None."""
        items = self.selected_items()
        return items[0] if items else None

    def _on_selection_changed(self, *_args) -> None:
        items = self.selected_items()
        self._show_item(items[0] if len(items) == 1 else None, count=len(items))

    def _show_item(self, item, count: int = 0) -> None:
        raise NotImplementedError

    def group_path(self, group_id: int) -> str:
        return self.review.group_paths.get(group_id, str(group_id))

    def submitter(self, item) -> str:
        return f"{item.owner_name} ({item.owner_login})" if item.owner_name else item.owner_login

    def show_hits(self, text: str) -> None:
        hits = self.words.find(text)
        if hits:
            self.hits_label.setText(
                "<span style='color:#b45309'>⚠ "
                + escape(self.tr("Sensitive words: %1").replace("%1", "、".join(hits)))
                + "</span>"
            )
        else:
            self.hits_label.setText(escape(self.tr("No sensitive words found.")))

    # -- decisions ---------------------------------------------------------------------------------------

    def _on_approve_button_clicked(self) -> None:
        raise NotImplementedError

    def _on_reject_button_clicked(self) -> None:
        items = self.selected_items()
        if len(items) != 1:
            return
        dialog = ReasonDialog(f"“{items[0].name}”", self)
        dialog.accepted.connect(lambda: self.decide(items[0], False, dialog.reason()))
        dialog.open()
        self.reason_dialog = dialog

    def decide(self, item, approve: bool, reason: str | None) -> None:
        raise NotImplementedError

    def decided(self, _result=None) -> None:
        self.busy_changed.emit(False)
        self.reload()

    def decided_one(self, item, approve: bool, status: str | None = None) -> None:
        """One decision stored: say what became of the item, then read the queue again."""
        self.feedback.setStyleSheet("color: #2e7d32;" if approve else "color: #555;")
        self.feedback.setText(self.decision_text(item, approve, status))
        self.decided()

    def decision_text(self, item, approve: bool, status: str | None) -> str:
        raise NotImplementedError

    def refused(self, exc: BaseException) -> None:
        self.busy_changed.emit(False)
        if isinstance(exc, ApprovalError) or getattr(exc, "code", None):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("SMS Desk"), self.texts.error_text(exc), parent=self)
            box.setObjectName("refusal_box")
            if getattr(exc, "detail", ""):
                box.setDetailedText(exc.detail)
            box.open()
            self.refusal_box = box
            self.reload(keep_selection=True)
        else:
            show_error(self, exc)


class TaskQueue(QueuePanel):
    kind = "task"

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.approve_button.setText(self.tr("Approve selected"))

    def columns(self) -> list[Column]:
        locale = QLocale()
        return [
            Column(
                self.tr("Submitted"),
                lambda t: t.created_at,
                lambda t: when(t.created_at),
            ),
            Column(self.tr("Task"), lambda t: t.name),
            Column(self.tr("Submitter"), lambda t: self.submitter(t)),
            Column(self.tr("Group"), lambda t: self.group_path(t.group_id)),
            Column(self.tr("Kind"), lambda t: self.labels.kind(t.kind)),
            Column(
                self.tr("Recipients"),
                lambda t: t.recipient_count,
                lambda t: locale.toString(t.recipient_count),
                align_right=True,
            ),
            Column(self.tr("Segments"), lambda t: t.reserved, lambda t: locale.toString(t.reserved), align_right=True),
        ]

    def page_fn(self):
        return approvals.task_page

    def _show_item(self, task, count: int = 0) -> None:
        self._detail_generation += 1
        self.samples.hide()
        if task is None:
            self.content.clear()
            self.hits_label.setText("")
            if count > 1:
                self.details.setHtml(escape(self.tr("%Ln task(s) selected.", "", int(count))))
            else:
                self.details.setHtml(
                    escape(self.tr("Select a task to see it here."))
                    if self.model.rows
                    else escape(self.tr("No task is waiting for review."))
                )
            self.approve_button.setEnabled(count > 1)
            self.approve_button.setText(
                self.tr("Approve %Ln task(s)", "", int(count)) if count > 1 else self.tr("Approve")
            )
            self.reject_button.setEnabled(False)
            return
        locale = QLocale()
        measured = text_rules.measure(task.content, signature=task.signature, kind=task.kind, opt_out=task.opt_out)
        rows = [
            (self.tr("Task"), escape(task.name)),
            (self.tr("Submitter"), escape(self.submitter(task))),
            (self.tr("Group"), escape(self.group_path(task.group_id))),
            (self.tr("Kind"), escape(self.labels.kind(task.kind))),
            (self.tr("Signature"), escape(f"【{task.signature}】" if task.signature else self.tr("none"))),
            (self.tr("Recipients"), locale.toString(task.recipient_count)),
            (self.tr("Segments per message"), locale.toString(task.segments_per_message)),
            (
                self.tr("Cost"),
                escape(self.tr("%Ln segment(s) of quota (reserved)", "", int(task.reserved))),
            ),
            (self.tr("Submitted"), escape(when(task.created_at))),
            (self.tr("Send at"), escape(when(task.send_at))),
        ]
        if task.expires_at is not None:
            rows.append((self.tr("End time"), escape(when(task.expires_at))))
        if task.template_id is not None:
            rows.append((self.tr("Template send"), escape(self.tr("yes: each recipient gets a personalised text"))))
        self.details.setHtml(_table(rows))
        self.content.setHtml(highlighted_html(self.words, measured.text))
        self.show_hits(measured.text)
        self.approve_button.setEnabled(True)
        self.approve_button.setText(self.tr("Approve"))
        self.reject_button.setEnabled(True)
        generation = self._detail_generation
        self.ctx.runner.read(
            approvals.task_samples,
            task.id,
            on_done=lambda rows, g=generation: self._on_samples(g, rows),
            on_error=lambda _exc: None,
            owner=self,
        )

    def _on_samples(self, generation: int, rows) -> None:
        if generation != self._detail_generation or not rows:
            return
        full = self.ctx.profile.see_full_numbers
        lines = [
            f"<tr><td style='padding-right:12px'>{escape(display_number(r.number, full))}</td>"
            f"<td>{highlighted_html(self.words, r.body)}</td></tr>"
            for r in rows
        ]
        title = escape(self.tr("First rendered messages"))
        self.samples.setHtml(f"<b>{title}</b><table cellspacing='2'>{''.join(lines)}</table>")
        self.samples.show()
        hits = sorted(
            {w for r in rows for w in self.words.find(r.body)} | set(self.words.find(self.content.toPlainText()))
        )
        if hits:
            self.hits_label.setText(
                "<span style='color:#b45309'>⚠ "
                + escape(self.tr("Sensitive words: %1").replace("%1", "、".join(hits)))
                + "</span>"
            )

    def _on_approve_button_clicked(self) -> None:
        items = self.selected_items()
        if len(items) == 1:
            self.decide(items[0], True, None)
        elif len(items) > 1:
            self.bulk_approve([t.id for t in items])

    def decide(self, task, approve: bool, reason: str | None) -> None:
        self.busy_changed.emit(True)
        self.ctx.runner.write(
            approvals.decide_task,
            task.id,
            approve,
            reason,
            changes=DECISION_CHANGES,
            on_done=lambda status: self.decided_one(task, approve, status),
            on_error=self.refused,
            owner=self,
        )

    def decision_text(self, task, approve: bool, status: str | None) -> str:
        if not approve:
            return self.tr("“%1” rejected: its quota went back to the submitter.").replace("%1", task.name)
        if status == "scheduled":
            return self.tr("“%1” approved: it goes out at its send time.").replace("%1", task.name)
        return self.tr("“%1” approved: it is queued for sending.").replace("%1", task.name)

    def bulk_approve(self, ids: list[int]) -> None:
        self.busy_changed.emit(True)
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.show()
        self.approve_button.setEnabled(False)
        self.bulk_handle = self.ctx.runner.write(
            approvals.decide_tasks,
            ids,
            True,
            None,
            changes=DECISION_CHANGES,
            on_done=self._on_bulk_done,
            on_error=self._on_bulk_failed,
            on_progress=self._on_bulk_progress,
            owner=self,
        )

    def _on_bulk_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_bulk_done(self, outcomes) -> None:
        self.progress.hide()
        approved = [o for o in outcomes if o.status]
        refused = [o for o in outcomes if not o.status]
        text = self.tr("Approved %Ln task(s).", "", len(approved))
        if refused:
            text += " " + self.tr("%1 were refused:").replace("%1", str(len(refused)))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("SMS Desk"), text, parent=self)
        box.setObjectName("bulk_report")
        if refused:
            names = {t.id: t.name for t in self.model.rows}
            lines = []
            for o in refused[:50]:
                err = ApprovalError(o.reason or "database", o.message or "")
                lines.append(f"{names.get(o.task_id, o.task_id)}: {self.texts.error_text(err)}")
            box.setInformativeText("\n".join(lines[:5]))
            box.setDetailedText("\n".join(lines))
        box.open()
        self.bulk_report = box
        self.decided()

    def _on_bulk_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.refused(exc)


class TemplateQueue(QueuePanel):
    kind = "template"

    def decision_text(self, tpl, approve: bool, status: str | None) -> str:
        if approve:
            return self.tr("Template “%1” approved: operators can send with it.").replace("%1", tpl.name)
        return self.tr("Template “%1” rejected: its author sees your reason.").replace("%1", tpl.name)

    def add_filters(self, bar: QHBoxLayout) -> None:
        self.status_box = QComboBox()
        self.status_box.setObjectName("template_status")
        self.status_box.addItem(self.tr("Awaiting review"), "pending")
        self.status_box.addItem(self.tr("Rejected (review again)"), "rejected")
        self.status_box.currentIndexChanged.connect(lambda _i: self.reload())
        bar.addWidget(self.status_box, 1)

    def filter(self) -> QueueFilter:
        base = super().filter()
        return QueueFilter(base.search, base.kind, base.group_id, self.status_box.currentData())

    def after_key(self, item) -> tuple:
        return (item.updated_at, item.id)

    def columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Submitted"),
                lambda t: t.updated_at,
                lambda t: when(t.updated_at),
            ),
            Column(self.tr("Template"), lambda t: t.name),
            Column(self.tr("Submitter"), lambda t: self.submitter(t)),
            Column(self.tr("Group"), lambda t: self.group_path(t.group_id)),
            Column(self.tr("Kind"), lambda t: self.labels.kind(t.kind)),
            Column(self.tr("Status"), lambda t: self.labels.status(t.status)),
        ]

    def page_fn(self):
        return approvals.template_page

    def _show_item(self, tpl, count: int = 0) -> None:
        if tpl is None:
            self.content.clear()
            self.hits_label.setText("")
            self.details.setHtml(
                escape(self.tr("Select a template to see it here."))
                if self.model.rows
                else escape(self.tr("No template is waiting for review."))
            )
            self.approve_button.setEnabled(False)
            self.reject_button.setEnabled(False)
            return
        rows = [
            (self.tr("Template"), escape(tpl.name)),
            (self.tr("Submitter"), escape(self.submitter(tpl))),
            (self.tr("Group"), escape(self.group_path(tpl.group_id))),
            (self.tr("Kind"), escape(self.labels.kind(tpl.kind))),
            (self.tr("Visibility"), escape(self.labels.visibility(tpl.is_public))),
            (self.tr("Variables"), escape("、".join(f"【{v}】" for v in tpl.variables) or self.tr("none"))),
            (self.tr("Status"), escape(self.labels.status(tpl.status))),
            (self.tr("Submitted"), escape(when(tpl.updated_at))),
        ]
        if tpl.status == "rejected" and tpl.review_reason:
            rows.append((self.tr("Rejected because"), escape(tpl.review_reason)))
        self.details.setHtml(_table(rows))
        self.content.setHtml(highlighted_html(self.words, tpl.content))
        self.show_hits(tpl.content)
        self.approve_button.setEnabled(True)
        self.reject_button.setEnabled(tpl.status == "pending")

    def _on_approve_button_clicked(self) -> None:
        items = self.selected_items()
        if len(items) == 1:
            self.decide(items[0], True, None)

    def decide(self, tpl, approve: bool, reason: str | None) -> None:
        self.busy_changed.emit(True)
        self.ctx.runner.write(
            approvals.decide_template,
            tpl.id,
            approve,
            reason,
            changes=TEMPLATE_DECISION_CHANGES,
            on_done=lambda _none: self.decided_one(tpl, approve),
            on_error=self.refused,
            owner=self,
        )


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='color:#555;padding-right:14px'>{escape(label)}</td><td>{value}</td></tr>"
        for label, value in rows
    )
    return f"<table cellspacing='3'>{cells}</table>"


# ------------------------------------------------------------------------------------------------ the tab


class ApprovalsTab(QWidget):
    """``badge``: the window's live count (it lives as long as the window); without one the tab keeps its own."""

    def __init__(
        self, ctx: ConsoleContext, parent: QWidget | None = None, *, badge: ApprovalBadge | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvals_tab")
        self.ctx = ctx
        self.tasks = TaskQueue(ctx)
        self.templates = TemplateQueue(ctx)
        self.queues = QTabWidget()
        self.queues.setObjectName("approval_queues")
        self.queues.addTab(self.tasks, self.tr("Tasks"))
        self.queues.addTab(self.templates, self.tr("Templates"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.queues)
        self.queues.currentChanged.connect(lambda _i: self._current_queue().ensure_loaded())
        self._context_loaded = False
        if badge is None:  # built on its own (tests): a badge of its own
            badge = ApprovalBadge(ctx, self)
        self.badge = badge
        self.badge.items_changed.connect(self._on_badge_items_changed)
        self.badge.counts_changed.connect(self._on_badge_counts_changed)

    @staticmethod
    def tab_title() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ApprovalsTab", "Approvals")

    def _current_queue(self) -> QueuePanel:
        return self.queues.currentWidget()

    def _set_queue_title(self, index: int, title: str, count: int) -> None:
        self.queues.setTabText(index, f"{title} ({count})" if count else title)

    def refresh(self) -> None:
        self.ctx.runner.read(
            approvals.review_context, on_done=self._on_context, on_error=self._on_context_failed, owner=self
        )

    def _on_context(self, review: ReviewContext) -> None:
        for queue in (self.tasks, self.templates):
            queue.set_context(review)
            queue.mark_stale()
        self._current_queue().ensure_loaded()

    def _on_context_failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def on_changes(self, keys: frozenset[Change]) -> None:
        if keys & RELOAD_ON:
            for queue in (self.tasks, self.templates):
                queue.mark_stale()
            if self.isVisible():
                self._current_queue().ensure_loaded()

    def _on_badge_items_changed(self, kind: str) -> None:
        queue = self.tasks if kind == "task" else self.templates
        queue.mark_stale()
        if self.isVisible() and queue is self._current_queue():
            queue.ensure_loaded()

    def _on_badge_counts_changed(self, tasks: int, templates: int) -> None:
        self._set_queue_title(0, self.tr("Tasks"), tasks)
        if self.templates.status_box.currentData() == "pending":
            self._set_queue_title(1, self.tr("Templates"), templates)
