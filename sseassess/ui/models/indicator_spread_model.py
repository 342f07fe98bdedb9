"""Table model of a workshop's indicators: how participants' levels spread, and the consensus."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from sseassess.domain.answers import Answer
from sseassess.domain.framework import LEVELS, Framework
from sseassess.domain.workshop import IndicatorSpread
from sseassess.ui.decorators import override
from sseassess.ui.models.row_table_model import NUMBER, Column, RowTableModel
from sseassess.ui.palette import bad_colour, good_colour
from sseassess.ui.text import arg, number

#: Which indicators the list shows.
SHOW_ALL = "all"
SHOW_TO_DISCUSS = "to_discuss"
SHOW_WITHOUT_CONSENSUS = "without_consensus"
FILTERS = (SHOW_ALL, SHOW_TO_DISCUSS, SHOW_WITHOUT_CONSENSUS)

# The indicator's id.
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# How many participants chose each level 0-4 (a tuple), for the histogram delegate.
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 3
# The consensus level (int), or None when there is none.
CONSENSUS_ROLE = Qt.ItemDataRole.UserRole + 4


def has_consensus(spread: IndicatorSpread) -> bool:
    """True when the group recorded an answer (a level, or N/A with a reason)."""
    return spread.consensus is not None and spread.consensus.is_answered


class IndicatorSpreadModel(RowTableModel[IndicatorSpread]):
    """One row per indicator of a workshop: how the participants' levels spread, the
    median, the spread and the group's consensus.

    Rows come in the order of :func:`sseassess.domain.workshop.spreads` (indicators where
    participants diverge first). A filter (all / to discuss / without consensus, and one
    characteristic or all) chooses the rows; a consensus recorded while a filter is on
    updates its row without removing it, so the indicator being discussed stays on screen
    until the filter is chosen again.
    """

    INDICATOR, ANSWERS, MEDIAN, SPREAD, CONSENSUS = range(5)

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._framework: Framework | None = None
        self._numbers: dict[str, str] = {}
        self._all: list[IndicatorSpread] = []
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
            self._row_changed(row)

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

    # -- the columns

    @override
    def columns(self) -> Sequence[Column[IndicatorSpread]]:
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        number_top = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        return (
            Column(
                title=lambda: self.tr("Indicator"),
                display=self._indicator_text,
                tooltip=self._tooltip,
                alignment=top,
            ),
            Column(
                title=lambda: self.tr("Answers 0–4"),
                header_tooltip=lambda: self.tr("How many participants chose each level, 0 to 4"),
                display=lambda _spread: None,  # drawn by the histogram delegate
                accessible=self.counts_text,
                tooltip=self.counts_text,
                alignment=top,
            ),
            Column(
                title=lambda: self.tr("Median"),
                display=lambda spread: self._number_or_dash(spread.median),
                tooltip=self._tooltip,
                alignment=number_top,
                header_alignment=NUMBER,
            ),
            Column(
                title=lambda: self.tr("Spread"),
                header_tooltip=lambda: self.tr("Highest level given minus lowest level given"),
                display=lambda spread: self._number_or_dash(spread.spread),
                tooltip=self._tooltip,
                foreground=lambda spread: bad_colour() if spread.divergent else None,
                alignment=number_top,
                header_alignment=NUMBER,
            ),
            Column(
                title=lambda: self.tr("Consensus"),
                header_tooltip=lambda: self.tr("The level the group agreed on"),
                display=self.consensus_text,
                tooltip=self._tooltip,
                foreground=self._consensus_colour,
                font=self._consensus_font,
                alignment=top,
            ),
        )

    @override
    def row_data(self, row: IndicatorSpread, role: int) -> Any:
        if role == ID_ROLE:
            return row.indicator.id
        if role == COUNTS_ROLE:
            return row.counts
        if role == CONSENSUS_ROLE:
            consensus = row.consensus
            return consensus.level if consensus is not None else None
        return None

    def _number_or_dash(self, value: float | None) -> str:
        return "–" if value is None else number(value, self._language)

    @staticmethod
    def _consensus_colour(spread: IndicatorSpread) -> QColor | None:
        if has_consensus(spread):
            return good_colour()
        return bad_colour() if spread.divergent else None

    @staticmethod
    def _consensus_font(spread: IndicatorSpread) -> QFont | None:
        """Bold while a divergent indicator waits for its consensus."""
        if not spread.divergent:
            return None
        font = QFont()
        font.setBold(not has_consensus(spread))
        return font

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
