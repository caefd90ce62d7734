"""Choosing a text file's encoding: a combo of the supported encodings, and the dialog that asks when the
console could not tell (infra/tabular refused the file with reason "encoding" or "encoding_unsure")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from smsdesk.infra.text_encodings import ENCODINGS, LABELS

ENCODING_REASONS = frozenset({"encoding", "encoding_unsure"})


def asks_for_encoding(exc: BaseException) -> bool:
    """Whether a failed read is one the user can settle by choosing the file's encoding."""
    return getattr(exc, "reason", None) in ENCODING_REASONS


class EncodingCombo(QComboBox):
    """ "Detected: GBK/GB18030" (data None), then every supported encoding (data: its key)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encoding_combo")
        self.addItem("", None)
        for key, label in ENCODINGS.items():
            self.addItem(label, key)

    def show_file(self, detected: str | None, chosen: str | None) -> None:
        """The encoding found (a codec, e.g. "gb18030") and the one the user chose (a key, or None)."""
        self.blockSignals(True)
        label = LABELS.get(detected or "", detected or "")
        self.setItemText(0, self.tr("Detected: %1").replace("%1", label) if label else self.tr("Detect"))
        self.setCurrentIndex(max(0, self.findData(chosen)) if chosen else 0)
        self.blockSignals(False)

    def chosen(self) -> str | None:
        return self.currentData()


class EncodingDialog(QDialog):
    """Asks for the encoding of a file the console could not read by itself; ``chosen()`` after accept."""

    def __init__(self, message: str, file_name: str, guess: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encoding_dialog")
        self.setWindowTitle(self.tr("Choose the file's encoding"))
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setObjectName("encoding_message")
        self.combo = EncodingCombo(self)
        self.combo.removeItem(0)  # detection already failed: only real choices
        guessed = next((key for key, label in ENCODINGS.items() if label == guess), "gb18030")
        self.combo.setCurrentIndex(max(0, self.combo.findData(guessed)))
        hint = QLabel(
            self.tr(
                "Files saved by Excel on Chinese Windows are usually GBK/GB18030; from Hong Kong or Taiwan, Big5. "
                "The first rows are shown before anything is imported, so you can check the names read right."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Read with this encoding"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = QLabel(file_name)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(self.combo)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def chosen(self) -> str | None:
        return self.combo.currentData()
