"""Table model of a workshop's results by role; small groups are hidden to keep answers private."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from sseassess.domain.records import ROLES, ParticipantRecord
from sseassess.domain.scoring import ScoreResult
from sseassess.domain.workshop import MIN_ROLE_GROUP
from sseassess.i18n import format_score
from sseassess.ui.decorators import override
from sseassess.ui.names import role_name
from sseassess.ui.text import arg, number

_Index = QModelIndex | QPersistentModelIndex

# The role's id.
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclasses.dataclass(frozen=True, slots=True)
class RoleRow:
    """One role of the results-by-role table."""

    role: str
    participants: int
    result: ScoreResult | None


class RoleResultsModel(QAbstractTableModel):
    """The overall score of each role's pooled answers; a role held by fewer than
    ``MIN_ROLE_GROUP`` participants is hidden, so that nobody's answers can be guessed."""

    COLUMNS = 3
    ROLE, PARTICIPANTS, SCORE = range(COLUMNS)

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[RoleRow] = []

    def set_results(
        self,
        by_role: Mapping[str, ScoreResult | None],
        participants: Sequence[ParticipantRecord],
    ) -> None:
        """Show ``WorkshopView.by_role``; roles in the order of ``ROLES``."""
        self.beginResetModel()
        counts: dict[str, int] = {}
        for participant in participants:
            if participant.role:
                counts[participant.role] = counts.get(participant.role, 0) + 1
        order: dict[str, int] = {role: n for n, role in enumerate(ROLES)}
        self._rows = [
            RoleRow(role, counts.get(role, 0), result)
            for role, result in sorted(
                by_role.items(), key=lambda item: (order.get(item[0], len(ROLES)), item[0])
            )
        ]
        self.endResetModel()

    def score_text(self, row: RoleRow) -> str:
        if row.result is None:
            return arg(
                self.tr("hidden (fewer than %1 participants)"),
                number(MIN_ROLE_GROUP, self._language),
            )
        return format_score(row.result.overall, self._language)

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
            return {
                self.ROLE: self.tr("Role"),
                self.PARTICIPANTS: self.tr("Participants"),
                self.SCORE: self.tr("Overall score"),
            }.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.PARTICIPANTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ROLE:
                return role_name(row.role)
            if column == self.PARTICIPANTS:
                return number(row.participants, self._language)
            return self.score_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SCORE and row.result is None:
            return self.tr(
                "Results of a role are shown only when enough participants hold it, "
                "so that nobody's answers can be guessed."
            )
        if role == Qt.ItemDataRole.FontRole and column == self.SCORE and row.result is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PARTICIPANTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.role
        return None
