"""Table model of a workshop's results by role; small groups are hidden to keep answers private."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from sseassess.domain.records import ROLES, ParticipantRecord
from sseassess.domain.scoring import ScoreResult
from sseassess.domain.workshop import DEFAULT_ANONYMITY_MINIMUM
from sseassess.i18n import format_score
from sseassess.ui.decorators import override
from sseassess.ui.models.row_table_model import NUMBER, Column, RowTableModel
from sseassess.ui.names import role_name
from sseassess.ui.text import arg, number

# The role's id.
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclasses.dataclass(frozen=True, slots=True)
class RoleRow:
    """One role of the results-by-role table."""

    role: str
    participants: int
    result: ScoreResult | None


class RoleResultsModel(RowTableModel[RoleRow]):
    """The overall score of each role's pooled answers; a role held by fewer than the
    workshop's minimum of participants is hidden, so that nobody's answers can be guessed."""

    ROLE, PARTICIPANTS, SCORE = range(3)

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._minimum = DEFAULT_ANONYMITY_MINIMUM

    def set_results(
        self,
        by_role: Mapping[str, ScoreResult | None],
        participants: Sequence[ParticipantRecord],
        minimum: int = DEFAULT_ANONYMITY_MINIMUM,
    ) -> None:
        """Show ``WorkshopView.by_role``; roles in the order of ``ROLES``; ``minimum`` is
        the workshop's smallest group shown."""
        self._minimum = minimum
        counts: dict[str, int] = {}
        for participant in participants:
            if participant.role:
                counts[participant.role] = counts.get(participant.role, 0) + 1
        order: dict[str, int] = {role: n for n, role in enumerate(ROLES)}
        self._set_rows(
            RoleRow(role, counts.get(role, 0), result)
            for role, result in sorted(
                by_role.items(), key=lambda item: (order.get(item[0], len(ROLES)), item[0])
            )
        )

    def score_text(self, row: RoleRow) -> str:
        if row.result is None:
            return arg(
                self.tr("hidden (fewer than %1 participants)"),
                number(self._minimum, self._language),
            )
        return format_score(row.result.overall, self._language)

    @override
    def columns(self) -> Sequence[Column[RoleRow]]:
        return (
            Column(title=lambda: self.tr("Role"), display=lambda row: role_name(row.role)),
            Column(
                title=lambda: self.tr("Participants"),
                display=lambda row: number(row.participants, self._language),
                alignment=NUMBER,
                header_alignment=NUMBER,
            ),
            Column(
                title=lambda: self.tr("Overall score"),
                display=self.score_text,
                tooltip=self._hidden_tooltip,
                font=self._hidden_font,
            ),
        )

    @override
    def row_data(self, row: RoleRow, role: int) -> Any:
        return row.role if role == ID_ROLE else None

    def _hidden_tooltip(self, row: RoleRow) -> str | None:
        if row.result is not None:
            return None
        return self.tr(
            "Results of a role are shown only when enough participants hold it, "
            "so that nobody's answers can be guessed."
        )

    @staticmethod
    def _hidden_font(row: RoleRow) -> QFont | None:
        if row.result is not None:
            return None
        font = QFont()
        font.setItalic(True)
        return font
