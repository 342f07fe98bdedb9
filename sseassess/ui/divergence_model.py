"""Item models of the workshop divergence view: indicators, participants, results by role."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from sseassess.domain.answers import Answer
from sseassess.domain.framework import LEVELS, Framework
from sseassess.domain.records import ROLES, ParticipantRecord
from sseassess.domain.scoring import ScoreResult
from sseassess.domain.workshop import DEFAULT_ANONYMITY_MINIMUM, IndicatorSpread
from sseassess.i18n import format_score
from sseassess.ui.decorators import override
from sseassess.ui.results_table_model import bad_colour, good_colour
from sseassess.ui.text import arg

_Index = QModelIndex | QPersistentModelIndex

#: Which indicators the list shows.
SHOW_ALL = "all"
SHOW_TO_DISCUSS = "to_discuss"
SHOW_WITHOUT_CONSENSUS = "without_consensus"
FILTERS = (SHOW_ALL, SHOW_TO_DISCUSS, SHOW_WITHOUT_CONSENSUS)

# The row's IndicatorSpread.
# The indicator's id (or the participant's UUID, or the role's id).
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# How many participants chose each level 0-4 (a tuple), for the histogram delegate.
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 3
# The consensus level (int), or None when there is none.
CONSENSUS_ROLE = Qt.ItemDataRole.UserRole + 4


def number(value: float, language: str) -> str:
    """A count, a level or a median in the reader's number format (2.5 -> "2,5" in French)."""
    from babel.numbers import format_decimal

    return format_decimal(value, format="#,##0.#", locale=language)


def has_consensus(spread: IndicatorSpread) -> bool:
    """True when the group recorded an answer (a level, or N/A with a reason)."""
    return spread.consensus is not None and spread.consensus.is_answered


def role_name(role: str | None) -> str:
    """The translated name of a participant's role ("" when none was given)."""
    names = {
        "member": QCoreApplication.translate("ParticipantRoles", "Member"),
        "worker": QCoreApplication.translate("ParticipantRoles", "Worker"),
        "board": QCoreApplication.translate("ParticipantRoles", "Board"),
        "volunteer": QCoreApplication.translate("ParticipantRoles", "Volunteer"),
        "beneficiary": QCoreApplication.translate("ParticipantRoles", "Beneficiary"),
    }
    if role is None:
        return ""
    return names.get(role, role)


def participant_labels(
    participants: Sequence[ParticipantRecord], show_names: bool
) -> dict[str, str]:
    """What to call each participant (by UUID): "Participant 1", "Participant 2"… in the
    order they joined, or their names when ``show_names``."""
    if show_names:
        return {p.uuid: p.display_name for p in participants}
    template = QCoreApplication.translate("ParticipantLabels", "Participant %1")
    return {p.uuid: arg(template, n) for n, p in enumerate(participants, start=1)}


class IndicatorSpreadModel(QAbstractTableModel):
    """One row per indicator of a workshop: how the participants' levels spread, the
    median, the spread and the group's consensus.

    Rows come in the order of :func:`sseassess.domain.workshop.spreads` (indicators where
    participants diverge first). A filter (all / to discuss / without consensus, and one
    characteristic or all) chooses the rows; a consensus recorded while a filter is on
    updates its row without removing it, so the indicator being discussed stays on screen
    until the filter is chosen again.
    """

    COLUMNS = 5
    INDICATOR, ANSWERS, MEDIAN, SPREAD, CONSENSUS = range(COLUMNS)

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._framework: Framework | None = None
        self._numbers: dict[str, str] = {}
        self._all: list[IndicatorSpread] = []
        self._rows: list[IndicatorSpread] = []
        self._show = SHOW_ALL
        self._characteristic: str | None = None

    # -- content

    def set_spreads(self, framework: Framework, spreads: Sequence[IndicatorSpread]) -> None:
        """Show a workshop's spreads (in the order given) under the current filter."""
        self.beginResetModel()
        self._framework = framework
        self._numbers = framework.indicator_numbers()
        self._all = list(spreads)
        if self._characteristic is not None and not any(
            c.id == self._characteristic for c in framework.characteristics
        ):
            self._characteristic = None
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, show: str = SHOW_ALL, characteristic: str | None = None) -> None:
        """Choose the rows: ``show`` is one of :data:`FILTERS`; ``characteristic`` an id or
        None for all of them."""
        if show not in FILTERS:
            raise ValueError(f"unknown filter {show!r}")
        self.beginResetModel()
        self._show = show
        self._characteristic = characteristic
        self._apply_filter()
        self.endResetModel()

    @property
    def show(self) -> str:
        return self._show

    @property
    def characteristic(self) -> str | None:
        return self._characteristic

    def _wanted(self, spread: IndicatorSpread) -> bool:
        if self._show == SHOW_TO_DISCUSS and not spread.divergent:
            return False
        if self._show == SHOW_WITHOUT_CONSENSUS and has_consensus(spread):
            return False
        if self._characteristic is None or self._framework is None:
            return True
        return self._framework.characteristic_of(spread.indicator.id).id == self._characteristic

    def _apply_filter(self) -> None:
        self._rows = [spread for spread in self._all if self._wanted(spread)]

    def set_consensus(self, indicator_id: str, consensus: Answer | None) -> None:
        """The group's answer for one indicator changed: show it (the row stays shown)."""
        for position, spread in enumerate(self._all):
            if spread.indicator.id == indicator_id:
                self._all[position] = dataclasses.replace(spread, consensus=consensus)
        row = self.row_of(indicator_id)
        if row >= 0:
            self._rows[row] = dataclasses.replace(self._rows[row], consensus=consensus)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    # -- questions about the content

    def spread(self, row: int) -> IndicatorSpread:
        return self._rows[row]

    def spread_of(self, indicator_id: str) -> IndicatorSpread | None:
        """The spread of an indicator, shown or not."""
        return next((s for s in self._all if s.indicator.id == indicator_id), None)

    def row_of(self, indicator_id: str) -> int:
        """The row showing an indicator; -1 when the filter hides it."""
        for row, spread in enumerate(self._rows):
            if spread.indicator.id == indicator_id:
                return row
        return -1

    def indicator_number(self, indicator_id: str) -> str:
        return self._numbers.get(indicator_id, "")

    def total_count(self) -> int:
        """How many indicators the workshop has, whatever the filter."""
        return len(self._all)

    def agreed_count(self) -> int:
        """How many indicators have a consensus, whatever the filter."""
        return sum(1 for spread in self._all if has_consensus(spread))

    def divergent_count(self) -> int:
        """How many indicators the participants diverge on, whatever the filter."""
        return sum(1 for spread in self._all if spread.divergent)

    def open_divergent_count(self) -> int:
        """How many indicators are to discuss and have no consensus yet, whatever the filter."""
        return sum(1 for spread in self._all if spread.divergent and not has_consensus(spread))

    def next_to_discuss(self, row: int) -> int:
        """The next shown row after ``row`` (wrapping) where participants diverge and no
        consensus is recorded yet; failing that, the next divergent row; -1 if none."""
        count = len(self._rows)
        candidates = [(row + step) % count for step in range(1, count + 1)] if count else []
        for open_only in (True, False):
            for candidate in candidates:
                spread = self._rows[candidate]
                if spread.divergent and not (open_only and has_consensus(spread)):
                    return candidate
        return -1

    # -- Qt model

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
                self.INDICATOR: self.tr("Indicator"),
                self.ANSWERS: self.tr("Answers 0–4"),
                self.MEDIAN: self.tr("Median"),
                self.SPREAD: self.tr("Spread"),
                self.CONSENSUS: self.tr("Consensus"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.ANSWERS: self.tr("How many participants chose each level, 0 to 4"),
                self.SPREAD: self.tr("Highest level given minus lowest level given"),
                self.CONSENSUS: self.tr("The level the group agreed on"),
            }.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.MEDIAN, self.SPREAD):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def counts_text(self, spread: IndicatorSpread) -> str:
        """ "Level 0: 1; Level 1: 0; … Not applicable: 1. Not answered: 0." for screen
        readers and tooltips."""
        parts = [
            arg(self.tr("Level %1: %2"), level, number(count, self._language))
            for level, count in zip(LEVELS, spread.counts, strict=True)
        ]
        return (
            "; ".join(parts)
            + ". "
            + arg(
                self.tr("Not applicable: %1. Not answered: %2."),
                number(spread.not_applicable, self._language),
                number(spread.unanswered, self._language),
            )
        )

    def consensus_text(self, spread: IndicatorSpread) -> str:
        consensus = spread.consensus
        if consensus is not None and consensus.is_answered:
            if consensus.level is None:
                return self.tr("Not applicable")
            return arg(self.tr("Level %1"), number(consensus.level, self._language))
        if spread.divergent:
            return self.tr("To discuss")
        return "–"

    def _indicator_text(self, spread: IndicatorSpread) -> str:
        return f"{self.indicator_number(spread.indicator.id)}  " + spread.indicator.question.get(
            self._language
        )

    def _tooltip(self, spread: IndicatorSpread) -> str:
        lines = []
        if self._framework is not None:
            lines.append(
                self._framework.characteristic_of(spread.indicator.id).name.get(self._language)
            )
        lines.append(self._indicator_text(spread))
        if spread.divergent and spread.spread is not None:
            lines.append(
                arg(
                    self.tr("To discuss: participants are %1 levels apart."),
                    number(spread.spread, self._language),
                )
            )
        lines.append(self.counts_text(spread))
        return "\n".join(lines)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        spread = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.INDICATOR:
                return self._indicator_text(spread)
            if column == self.ANSWERS:
                return None  # drawn by the histogram delegate; see AccessibleTextRole
            if column == self.MEDIAN:
                median = spread.median
                return "–" if median is None else number(median, self._language)
            if column == self.SPREAD:
                return "–" if spread.spread is None else number(spread.spread, self._language)
            return self.consensus_text(spread)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.ANSWERS:
                return self.counts_text(spread)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(spread)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.SPREAD and spread.divergent:
                return bad_colour()
            if column == self.CONSENSUS:
                if has_consensus(spread):
                    return good_colour()
                if spread.divergent:
                    return bad_colour()
            return None
        if role == Qt.ItemDataRole.FontRole and column == self.CONSENSUS and spread.divergent:
            font = QFont()
            font.setBold(not has_consensus(spread))
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.MEDIAN, self.SPREAD):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == ID_ROLE:
            return spread.indicator.id
        if role == COUNTS_ROLE:
            return spread.counts
        if role == CONSENSUS_ROLE:
            consensus = spread.consensus
            return consensus.level if consensus is not None else None
        return None


class ParticipantListModel(QAbstractListModel):
    """The participants of a workshop with their role, called "Participant 1", "Participant
    2"… unless names are shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._participants: tuple[ParticipantRecord, ...] = ()
        self._answered: dict[str, int] = {}
        self._total = 0
        self._show_names = False
        self._labels: dict[str, str] = {}

    def set_participants(
        self,
        participants: Sequence[ParticipantRecord],
        answers: Mapping[str, Mapping[str, Answer]] | None = None,
        indicator_count: int = 0,
    ) -> None:
        """Show these participants; ``answers`` (by participant UUID) tell how far each got."""
        self.beginResetModel()
        self._participants = tuple(participants)
        answers = answers or {}
        self._answered = {
            p.uuid: sum(1 for a in answers.get(p.uuid, {}).values() if a.is_answered)
            for p in self._participants
        }
        self._total = indicator_count
        self._labels = participant_labels(self._participants, self._show_names)
        self.endResetModel()

    def set_show_names(self, show_names: bool) -> None:
        """Show the participants' names (True) or "Participant 1, 2, …" (False)."""
        if show_names == self._show_names:
            return
        self._show_names = show_names
        self._labels = participant_labels(self._participants, show_names)
        if self._participants:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._participants) - 1, 0))

    @property
    def show_names(self) -> bool:
        return self._show_names

    def labels(self) -> dict[str, str]:
        """What each participant is called now, by UUID."""
        return dict(self._labels)

    def participant(self, row: int) -> ParticipantRecord:
        return self._participants[row]

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._participants)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._participants):
            return None
        participant = self._participants[index.row()]
        label = self._labels.get(participant.uuid, "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            role_text = role_name(participant.role)
            return arg(self.tr("%1 — %2"), label, role_text) if role_text else label
        if role == Qt.ItemDataRole.ToolTipRole:
            return arg(
                self.tr("Answered %1 of %2 indicators"),
                self._answered.get(participant.uuid, 0),
                self._total,
            )
        if role == ID_ROLE:
            return participant.uuid
        return None


@dataclasses.dataclass(frozen=True, slots=True)
class RoleRow:
    """One role of the results-by-role table."""

    role: str
    participants: int
    result: ScoreResult | None


class RoleResultsModel(QAbstractTableModel):
    """The overall score of each role's pooled answers; a role held by fewer than the
    workshop's minimum of participants is hidden, so that nobody's answers can be guessed."""

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
                number(DEFAULT_ANONYMITY_MINIMUM, self._language),
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
