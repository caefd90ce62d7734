"""The contact table's view: a DataTableView that paints in one hold of the GIL.

To paint a screenful of cells Qt's delegate asks the model for seven roles per cell, each a call from C++ into
Python that must take the GIL. While an import or export keeps a worker thread busy in Python, every one of
those calls waited for the worker to let go, and a repaint cost the GUI thread over 100 ms. With paintEvent
written in Python the GIL is taken once, and the model's data() calls made below it find it held.

(Painting the cells in a Python delegate instead is not an option with PySide6 6.12 on Python 3.11: its
QPainter.save/restore/setPen and QStyle.drawPrimitive each drop a reference to None, and the interpreter
aborts once None's count runs out.)
"""

from __future__ import annotations

from smsdesk.ui.widgets.row_table import DataTableView


class ContactTableView(DataTableView):
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
