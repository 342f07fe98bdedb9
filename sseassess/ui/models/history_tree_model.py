"""Tree model of the home page: organizations and, under each, their assessments."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from sseassess.domain.records import AssessmentRecord, OrganizationRecord
from sseassess.i18n import format_date, format_score
from sseassess.ui.decorators import override
from sseassess.ui.names import assessment_kind_name, assessment_status_name
from sseassess.ui.text import arg

if TYPE_CHECKING:
    from sseassess.domain.scoring import ScoreResult

UUID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1

ORGANIZATION = "organization"
ASSESSMENT = "assessment"

_Index = QModelIndex | QPersistentModelIndex


class HistoryTreeModel(QAbstractItemModel):
    """Organizations (top level) with their assessments, newest first.

    Scores are computed only for the rows a view shows, through ``scorer`` (cached), and
    after the rows are on screen: a row first shows "…", then its score a moment later, so
    that a database of a thousand organizations lists at once. ``deferred=False`` computes
    them on demand instead (for tests and scripts). Without a scorer yet (the window lists
    the database before it is fully open) rows show "…" until :meth:`set_scorer`.
    """

    COLUMNS = 5
    NAME, KIND, STATUS, SCORE, BAND = range(COLUMNS)

    def __init__(
        self,
        language: str,
        scorer: Callable[[str], ScoreResult] | None,
        parent: QObject | None = None,
        deferred: bool = False,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._scorer = scorer
        self._deferred = deferred
        self._pending: dict[str, None] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._score_pending)
        self._organizations: list[OrganizationRecord] = []
        self._assessments: list[list[AssessmentRecord]] = []
        self._scores: dict[str, ScoreResult] = {}

    def reload(
        self, organizations: list[OrganizationRecord], assessments: list[AssessmentRecord]
    ) -> None:
        """Replace the content: organizations in display order, assessments newest first."""
        self.beginResetModel()
        by_organization: dict[str, list[AssessmentRecord]] = {}
        for assessment in assessments:
            by_organization.setdefault(assessment.organization_uuid, []).append(assessment)
        self._organizations = list(organizations)
        self._assessments = [by_organization.get(o.uuid, []) for o in self._organizations]
        self._scores.clear()
        self._pending.clear()
        self.endResetModel()

    def set_scorer(self, scorer: Callable[[str], ScoreResult]) -> None:
        """Score with ``scorer`` from now on, starting with the rows already shown."""
        self._scorer = scorer
        if self._pending:
            self._timer.start()

    def forget_score(self, assessment_uuid: str) -> None:
        """Drop a cached score after its answers changed."""
        self._scores.pop(assessment_uuid, None)
        self._changed(assessment_uuid)

    # -- lookups for views

    def organization_at(self, index: _Index) -> OrganizationRecord | None:
        if not index.isValid():
            return None
        row = index.row() if not index.internalId() else index.internalId() - 1
        return self._organizations[row]

    def assessment_at(self, index: _Index) -> AssessmentRecord | None:
        if not index.isValid() or not index.internalId():
            return None
        return self._assessments[index.internalId() - 1][index.row()]

    def assessments_of(self, organization_uuid: str) -> list[AssessmentRecord]:
        for organization, assessments in zip(self._organizations, self._assessments, strict=True):
            if organization.uuid == organization_uuid:
                return list(assessments)
        return []

    def index_of(self, uuid: str) -> QModelIndex:
        """The index of an organization or an assessment by UUID (invalid if absent)."""
        for row, organization in enumerate(self._organizations):
            if organization.uuid == uuid:
                return self.index(row, 0)
            for child, assessment in enumerate(self._assessments[row]):
                if assessment.uuid == uuid:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    # -- Qt model interface

    @override
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    @override
    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or not child.internalId():
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._organizations)
        if parent.internalId() or parent.column() != 0:
            return 0
        return len(self._assessments[parent.row()])

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return self.COLUMNS

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Organization / date"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Score"),
            self.tr("Band"),
        )[section]

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        assessment = self.assessment_at(index)
        if assessment is None:
            return self._organization_data(index, role)
        return self._assessment_data(assessment, index.column(), role)

    def _organization_data(self, index: _Index, role: int) -> Any:
        organization = self._organizations[index.row()]
        assessments = self._assessments[index.row()]
        if role == UUID_ROLE:
            return organization.uuid
        if role == KIND_ROLE:
            return ORGANIZATION
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.NAME:
                return organization.profile.name
            if column == self.KIND:
                return self.tr("%n assessment(s)", "", len(assessments))
            if column in (self.SCORE, self.BAND) and assessments:
                return self._assessment_data(assessments[0], column, role)
            return ""
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column in (self.SCORE, self.BAND)
            and (assessments)
        ):
            return arg(
                self.tr("Latest assessment, %1"),
                format_date(assessments[0].assessed_on, self._language),
            )
        return None

    def _assessment_data(self, assessment: AssessmentRecord, column: int, role: int) -> Any:
        if role == UUID_ROLE:
            return assessment.uuid
        if role == KIND_ROLE:
            return ASSESSMENT
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == self.NAME:
            return format_date(assessment.assessed_on, self._language)
        if column == self.KIND:
            return assessment_kind_name(assessment.kind)
        if column == self.STATUS:
            return assessment_status_name(assessment.status)
        result = self._score(assessment)
        if result is None:
            return "…"
        if column == self.SCORE:
            return format_score(result.overall, self._language)
        return result.band.name.get(self._language) if result.band else ""

    def _score(self, assessment: AssessmentRecord) -> ScoreResult | None:
        cached = self._scores.get(assessment.uuid)
        if cached is None:
            if self._deferred or self._scorer is None:
                self._pending[assessment.uuid] = None
                if self._scorer is not None:
                    self._timer.start()
                return None
            cached = self._scores[assessment.uuid] = self._scorer(assessment.uuid)
        return cached

    def _score_pending(self) -> None:
        """Score a few of the rows shown, then let the event loop breathe."""
        if self._scorer is None:
            return
        started = time.perf_counter()
        while self._pending and time.perf_counter() - started < 0.012:
            uuid = next(iter(self._pending))
            del self._pending[uuid]
            self._scores[uuid] = self._scorer(uuid)
            self._changed(uuid)
        if self._pending:
            self._timer.start()

    def _changed(self, assessment_uuid: str) -> None:
        for row, assessments in enumerate(self._assessments):
            for child, assessment in enumerate(assessments):
                if assessment.uuid != assessment_uuid:
                    continue
                parent = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(child, self.SCORE, parent), self.index(child, self.BAND, parent)
                )
                if child == 0:
                    self.dataChanged.emit(self.index(row, self.SCORE), self.index(row, self.BAND))
