"""Table model of an assessment's result: each characteristic's score against its minimum."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from sseassess.domain.scoring import CharacteristicResult, ScoreResult
from sseassess.i18n import format_integer, format_score
from sseassess.ui.decorators import override
from sseassess.ui.palette import bad_colour, good_colour

_Index = QModelIndex | QPersistentModelIndex

# The characteristic's id, for whoever needs to know which row is which.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# "meets", "below" or "not_scored".
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


def status_of(item: CharacteristicResult) -> str:
    """ "not_scored", "below" or "meets": how a characteristic stands against its minimum."""
    if item.score is None:
        return "not_scored"
    return "below" if item.below_minimum else "meets"


class CharacteristicResultsModel(QAbstractTableModel):
    """One row per characteristic of a :class:`ScoreResult`, in framework order.

    ``DisplayRole`` is formatted for ``language``; ``UserRole`` holds the raw value to
    sort on (None scores sort first).
    """

    COLUMNS = 4
    CHARACTERISTIC, SCORE, MINIMUM, STATUS = range(COLUMNS)

    def __init__(
        self,
        language: str,
        result: ScoreResult | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: tuple[CharacteristicResult, ...] = result.characteristics if result else ()

    def set_result(self, result: ScoreResult | None) -> None:
        """Show another result (None: empty)."""
        self.beginResetModel()
        self._rows = result.characteristics if result else ()
        self.endResetModel()

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    @override
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.CHARACTERISTIC:
                return self.tr("Characteristic")
            if section == self.SCORE:
                return self.tr("Score")
            if section == self.MINIMUM:
                return self.tr("Minimum")
            if section == self.STATUS:
                return self.tr("Status")
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.SCORE, self.MINIMUM):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _status_text(self, item: CharacteristicResult) -> str:
        status = status_of(item)
        if status == "not_scored":
            return self.tr("Not scored")
        if status == "below":
            return self.tr("Below minimum")
        return self.tr("Meets minimum")

    def _tooltip(self, item: CharacteristicResult) -> str:
        lines = [
            item.characteristic.name.get(self._language),
            self.tr("Answered: {answered} of {total}").format(
                answered=format_integer(item.answered, self._language),
                total=format_integer(item.total, self._language),
            ),
        ]
        if item.not_applicable:
            lines.append(
                self.tr("Not applicable: {count}").format(
                    count=format_integer(item.not_applicable, self._language)
                )
            )
        unanswered = item.total - item.answered - item.not_applicable
        if unanswered:
            lines.append(
                self.tr("Not answered yet: {count}").format(
                    count=format_integer(unanswered, self._language)
                )
            )
        return "\n".join(lines)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CHARACTERISTIC:
                return item.characteristic.name.get(self._language)
            if column == self.SCORE:
                return format_score(item.score, self._language)
            if column == self.MINIMUM:
                return format_score(item.minimum, self._language)
            return self._status_text(item)
        if role == Qt.ItemDataRole.UserRole:
            if column == self.CHARACTERISTIC:
                return item.characteristic.name.get(self._language).casefold()
            if column == self.SCORE:
                return item.score if item.score is not None else -1.0
            if column == self.MINIMUM:
                return item.minimum
            return ("not_scored", "below", "meets").index(status_of(item))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STATUS:
                return bad_colour() if item.below_minimum else good_colour()
            if column == self.SCORE and item.below_minimum:
                return bad_colour()
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if item.below_minimum
                else QStyle.StandardPixmap.SP_DialogApplyButton
            )
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SCORE, self.MINIMUM):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return item.characteristic.id
        if role == STATUS_ROLE:
            return status_of(item)
        return None
