"""Table model of a collection: one row per file, what happened to it and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from sseassess.app.bundles import CollectReport
from sseassess.domain.merge import Outcome
from sseassess.domain.text import Translate
from sseassess.ui.decorators import override

_Index = QModelIndex | QPersistentModelIndex
# The outcome's status ("imported", "replaced", "unchanged" or "refused").
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class OutcomeTableModel(QAbstractTableModel):
    """One row per file collected: its name, what happened and why."""

    FILE, OUTCOME, DETAILS = range(3)

    def __init__(
        self,
        translate: Translate | None = None,
        refused_colour: QColor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._translate = translate
        self._refused_colour = refused_colour
        self._report = CollectReport((), 0)

    def set_report(self, report: CollectReport) -> None:
        self.beginResetModel()
        self._report = report
        self.endResetModel()

    @property
    def report(self) -> CollectReport:
        return self._report

    def status_name(self, status: Outcome) -> str:
        names = {
            Outcome.IMPORTED: self.tr("Imported"),
            Outcome.REPLACED: self.tr("Replaced"),
            Outcome.UNCHANGED: self.tr("Unchanged"),
            Outcome.REFUSED: self.tr("Refused"),
        }
        return names[status]

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._report.outcomes)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("File"), self.tr("Outcome"), self.tr("Details"))[section]

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._report.outcomes):
            return None
        outcome = self._report.outcomes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FILE:
                return outcome.path.name
            if column == self.OUTCOME:
                return self.status_name(outcome.status)
            return outcome.message(self._translate)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(outcome.path) if column == self.FILE else outcome.message(self._translate)
        if role == Qt.ItemDataRole.ForegroundRole and outcome.status == Outcome.REFUSED:
            return self._refused_colour
        if role == STATUS_ROLE:
            return outcome.status
        return None
