"""Read-only tables as tall as their rows, for panels and pages that scroll as a whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QWidget,
)

from sseassess.ui.decorators import override

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel


class _FittedTableView(QTableView):
    """What both tables share: no scroll bars, rows as tall as their wrapped text, no editing,
    and Tab moves on to the next control."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.sectionResized.connect(self.updateGeometry)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )


class FullHeightTableView(_FittedTableView):
    """A read-only table as tall as its rows, for pages that scroll as a whole.

    The first column stretches and wraps its text; the others fit their contents.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().sectionResized.connect(self.updateGeometry)

    @override
    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
                signal.connect(self.updateGeometry)
            model.rowsRemoved.connect(self.updateGeometry)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.updateGeometry()

    def _content_height(self) -> int:
        header = self.horizontalHeader()
        header_height = 0 if header.isHidden() else header.sizeHint().height()
        return self.verticalHeader().length() + header_height + 2 * self.frameWidth()

    def _minimum_width(self) -> int:
        header = self.horizontalHeader()
        fixed = sum(header.sectionSize(i) for i in range(1, header.count()))
        return fixed + 240 + 2 * self.frameWidth()

    @override
    def sizeHint(self) -> QSize:
        return QSize(max(self._minimum_width(), 600), self._content_height())

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(self._minimum_width(), self._content_height())


class CompactTableView(_FittedTableView):
    """A small read-only table exactly as tall as its rows, nothing selectable; the last
    column wraps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

    def set_model(self, model: QAbstractItemModel) -> None:
        self.setModel(model)
        model.modelReset.connect(self.updateGeometry)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)

    @override
    def sizeHint(self) -> QSize:
        header = self.horizontalHeader()
        height = self.verticalHeader().length() + header.sizeHint().height()
        return QSize(header.length() + 2 * self.frameWidth(), height + 2 * self.frameWidth())

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())
