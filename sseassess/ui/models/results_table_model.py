"""Table model of an assessment's result: each characteristic's score against its minimum."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QStyle

from sseassess.domain.scoring import CharacteristicResult, ScoreResult
from sseassess.i18n import format_integer, format_score
from sseassess.ui.decorators import override
from sseassess.ui.models.row_table_model import NUMBER, Column, RowTableModel
from sseassess.ui.palette import bad_colour, good_colour

# The characteristic's id, for whoever needs to know which row is which.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# "meets", "below" or "not_scored".
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


def status_of(item: CharacteristicResult) -> str:
    """ "not_scored", "below" or "meets": how a characteristic stands against its minimum."""
    if item.score is None:
        return "not_scored"
    return "below" if item.below_minimum else "meets"


class CharacteristicResultsModel(RowTableModel[CharacteristicResult]):
    """One row per characteristic of a :class:`ScoreResult`, in framework order.

    ``DisplayRole`` is formatted for ``language``; ``UserRole`` holds the raw value to
    sort on (None scores sort first).
    """

    CHARACTERISTIC, SCORE, MINIMUM, STATUS = range(4)

    def __init__(
        self,
        language: str,
        result: ScoreResult | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._rows = list(result.characteristics) if result else []

    def set_result(self, result: ScoreResult | None) -> None:
        """Show another result (None: empty)."""
        self._set_rows(result.characteristics if result else ())

    @override
    def columns(self) -> Sequence[Column[CharacteristicResult]]:
        tooltip = self._tooltip
        return (
            Column(
                title=lambda: self.tr("Characteristic"),
                display=self._name,
                sort_key=lambda item: self._name(item).casefold(),
                tooltip=tooltip,
            ),
            Column(
                title=lambda: self.tr("Score"),
                display=lambda item: format_score(item.score, self._language),
                sort_key=lambda item: item.score if item.score is not None else -1.0,
                tooltip=tooltip,
                foreground=lambda item: bad_colour() if item.below_minimum else None,
                alignment=NUMBER,
                header_alignment=NUMBER,
            ),
            Column(
                title=lambda: self.tr("Minimum"),
                display=lambda item: format_score(item.minimum, self._language),
                sort_key=lambda item: item.minimum,
                tooltip=tooltip,
                alignment=NUMBER,
                header_alignment=NUMBER,
            ),
            Column(
                title=lambda: self.tr("Status"),
                display=self._status_text,
                sort_key=lambda item: ("not_scored", "below", "meets").index(status_of(item)),
                tooltip=tooltip,
                foreground=lambda item: bad_colour() if item.below_minimum else good_colour(),
                decoration=self._status_icon,
            ),
        )

    @override
    def row_data(self, row: CharacteristicResult, role: int) -> Any:
        if role == ID_ROLE:
            return row.characteristic.id
        if role == STATUS_ROLE:
            return status_of(row)
        return None

    def _name(self, item: CharacteristicResult) -> str:
        return item.characteristic.name.get(self._language)

    def _status_text(self, item: CharacteristicResult) -> str:
        status = status_of(item)
        if status == "not_scored":
            return self.tr("Not scored")
        if status == "below":
            return self.tr("Below minimum")
        return self.tr("Meets minimum")

    def _status_icon(self, item: CharacteristicResult) -> Any:
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if item.below_minimum
            else QStyle.StandardPixmap.SP_DialogApplyButton
        )
        return QApplication.style().standardIcon(icon)

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
