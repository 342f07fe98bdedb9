"""Table model of a collection: one row per file, what happened to it and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from sseassess.app.bundles import CollectReport, FileOutcome
from sseassess.domain.merge import Outcome
from sseassess.domain.text import Translate
from sseassess.ui.decorators import override
from sseassess.ui.models.row_table_model import Column, RowTableModel

# The outcome's status (an ``Outcome``: "imported", "updated", "pending", …).
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class OutcomeTableModel(RowTableModel[FileOutcome]):
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
        self._report = report
        self._set_rows(report.outcomes)

    @property
    def report(self) -> CollectReport:
        return self._report

    def status_name(self, status: Outcome) -> str:
        names = {
            Outcome.IMPORTED: self.tr("Imported"),
            Outcome.UPDATED: self.tr("Updated"),
            Outcome.CHANGED: self.tr("Changed, as you accepted"),
            Outcome.UNCHANGED: self.tr("Unchanged"),
            Outcome.PENDING: self.tr("Waiting for your approval"),
            Outcome.REFUSED: self.tr("Refused"),
        }
        return names[status]

    @override
    def columns(self) -> Sequence[Column[FileOutcome]]:
        refused = self._refused
        return (
            Column(
                title=lambda: self.tr("File"),
                display=lambda outcome: outcome.path.name,
                tooltip=lambda outcome: str(outcome.path),
                foreground=refused,
            ),
            Column(
                title=lambda: self.tr("Outcome"),
                display=lambda outcome: self.status_name(outcome.status),
                tooltip=self._details,
                foreground=refused,
            ),
            Column(
                title=lambda: self.tr("Details"),
                display=self._details,
                tooltip=self._details,
                foreground=refused,
            ),
        )

    @override
    def row_data(self, row: FileOutcome, role: int) -> Any:
        return row.status if role == STATUS_ROLE else None

    def _details(self, outcome: FileOutcome) -> str:
        return outcome.message(self._translate)

    def _refused(self, outcome: FileOutcome) -> QColor | None:
        return self._refused_colour if outcome.status == Outcome.REFUSED else None
