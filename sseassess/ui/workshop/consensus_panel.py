"""The selected indicator of a workshop: how participants answered, and the group's consensus.

A view only: it shows what the divergence page gives it and says, by signals, which level
the facilitator chose; the page records it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sseassess.domain.framework import LEVELS
from sseassess.domain.workshop import suggested_consensus
from sseassess.ui.fonts import emphasize, scale_font
from sseassess.ui.models.indicator_spread_model import has_consensus
from sseassess.ui.palette import bad_colour, dim, good_colour, set_text_colour
from sseassess.ui.text import arg, number
from sseassess.ui.widgets.histogram import LevelHistogram
from sseassess.ui.widgets.wrapped_label import WrappedLabel
from sseassess.ui.workshop import spread_text

if TYPE_CHECKING:
    from sseassess.domain.workshop import IndicatorSpread


class ConsensusPanel(QWidget):
    """The question, a histogram of the answers, the statistics, a button per level to
    agree on, "use the median", "clear", a message line, and who chose what."""

    # The facilitator chose this consensus level.
    level_chosen = Signal(int)
    # The facilitator wants the median (rounded down) as the consensus.
    median_requested = Signal()
    # The facilitator wants the consensus cleared.
    clear_requested = Signal()
    # The facilitator wants "not applicable" as the consensus (a reason is asked).
    not_applicable_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._characteristic = QLabel(self)
        self._characteristic.setWordWrap(True)
        dim(self._characteristic)
        self._question = emphasize(WrappedLabel("", self), 1.2)
        self._question.setAccessibleName(self.tr("Question"))
        self._question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._badge = emphasize(WrappedLabel("", self))
        self._badge.hide()
        self._histogram = LevelHistogram(language, self)
        self._histogram.setFont(scale_font(self._histogram.font(), 1.1))
        self._stats = WrappedLabel("", self)
        self._stats.setAccessibleName(self.tr("Median and spread"))
        self._no_answers = WrappedLabel(
            self.tr("No participant has answered yet. Add participants, or import their answers."),
            self,
        )
        self._no_answers.hide()

        consensus_title = emphasize(QLabel(self.tr("Consensus"), self), 1.1)
        self._consensus = WrappedLabel("", self)
        self._consensus.setAccessibleName(self.tr("Consensus"))
        self._level_buttons: list[QPushButton] = []
        self._level_texts: list[WrappedLabel] = []
        self._level_counts: list[QLabel] = []
        levels = QGridLayout()
        levels.setColumnStretch(1, 1)
        levels.setHorizontalSpacing(10)
        width = self.fontMetrics().horizontalAdvance("  4  ") + 24
        for level in LEVELS:
            button = QPushButton(str(level), self)
            button.setObjectName(f"consensus_level_{level}")
            button.setCheckable(True)
            button.setFixedWidth(width)
            # Not in a QButtonGroup: Tab would then skip all but the first button.
            button.clicked.connect(
                lambda _checked=False, level=level: self.level_chosen.emit(level)
            )
            text = WrappedLabel("", self)
            count = QLabel(self)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            levels.addWidget(button, level, 0, Qt.AlignmentFlag.AlignTop)
            levels.addWidget(text, level, 1)
            levels.addWidget(count, level, 2, Qt.AlignmentFlag.AlignTop)
            self._level_buttons.append(button)
            self._level_texts.append(text)
            self._level_counts.append(count)
        self._median_button = QPushButton(self.tr("Use the &median (M)"), self)
        self._median_button.setObjectName("use_median")
        self._median_button.setAccessibleName(self.tr("Use the median as the consensus"))
        self._median_button.clicked.connect(self.median_requested)
        self._clear_button = QPushButton(self.tr("C&lear (Del)"), self)
        self._clear_button.setObjectName("clear_consensus")
        self._clear_button.setAccessibleName(self.tr("Clear the consensus"))
        self._clear_button.clicked.connect(self.clear_requested)
        self._na_button = QPushButton(self.tr("&Not applicable…"), self)
        self._na_button.setObjectName("consensus_not_applicable")
        self._na_button.setAccessibleName(self.tr("Agree that this indicator does not apply"))
        self._na_button.setCheckable(True)
        self._na_button.clicked.connect(self._not_applicable_clicked)
        actions = QHBoxLayout()
        actions.addWidget(self._median_button)
        actions.addWidget(self._na_button)
        actions.addWidget(self._clear_button)
        actions.addStretch(1)
        self._message = WrappedLabel("", self)
        self._message.setAccessibleName(self.tr("Message"))
        self._message.hide()

        notes_title = emphasize(QLabel(self.tr("Participants' notes"), self), 1.1)
        self._notes = WrappedLabel("", self)
        self._notes.setObjectName("participants_notes")
        self._notes.setAccessibleName(self.tr("Participants' notes"))
        self._notes.setTextFormat(Qt.TextFormat.PlainText)
        self._notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        who_title = emphasize(QLabel(self.tr("Who chose what"), self), 1.1)
        self._who = WrappedLabel("", self)
        self._who.setAccessibleName(self.tr("Who chose what"))
        self._who.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(self._histogram, 1)
        column = QVBoxLayout(self)
        column.addWidget(self._characteristic)
        column.addWidget(self._question)
        column.addWidget(self._badge)
        column.addLayout(top)
        column.addWidget(self._stats)
        column.addWidget(self._no_answers)
        column.addSpacing(6)
        column.addWidget(consensus_title)
        column.addWidget(self._consensus)
        column.addLayout(levels)
        column.addLayout(actions)
        column.addWidget(self._message)
        column.addSpacing(6)
        column.addWidget(notes_title)
        column.addWidget(self._notes)
        column.addSpacing(6)
        column.addWidget(who_title)
        column.addWidget(self._who)
        column.addStretch(1)

    def buttons(self) -> list[QPushButton]:
        """The buttons that record the consensus, in Tab order (levels, median, N/A, clear)."""
        return [*self._level_buttons, self._median_button, self._na_button, self._clear_button]

    def _not_applicable_clicked(self) -> None:
        # Checked only by what is recorded, not by the click itself.
        self._na_button.setChecked(not self._na_button.isChecked())
        self.not_applicable_requested.emit()

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons():
            button.setEnabled(not read_only)

    def show_nothing(self) -> None:
        """No indicator is selected (none is listed)."""
        self._characteristic.setText("")
        self._question.setText(self.tr("No indicator to show."))
        self._badge.hide()
        self._histogram.set_counts((0,) * len(LEVELS))
        self._stats.setText("")
        self._consensus.setText("")
        self._notes.setText("")
        self._who.setText("")

    def show_spread(
        self,
        spread: IndicatorSpread,
        *,
        characteristic: str,
        question: str,
        who: str,
        answered: bool,
        read_only: bool,
        notes: str = "",
    ) -> None:
        """Show one indicator: ``characteristic`` it belongs to, its numbered ``question``,
        ``who`` chose what, whether any participant ``answered`` at all."""
        language = self._language
        self._characteristic.setText(characteristic)
        self._question.setText(question)
        spread_text.show_divergence(self._badge, spread, language)
        consensus = spread.consensus.level if has_consensus(spread) and spread.consensus else None
        self._histogram.set_counts(spread.counts, consensus)
        self._histogram.setToolTip(who)
        self._stats.setText(spread_text.stats_text(spread, language))
        self._no_answers.setVisible(not answered)
        self._consensus.setText(spread_text.consensus_text(spread, language, read_only))
        set_text_colour(
            self._consensus, good_colour(self.palette()) if consensus is not None else None
        )
        texts = spread.indicator.levels.get(language)
        for level in LEVELS:
            button = self._level_buttons[level]
            description = texts[level] if level < len(texts) else ""
            button.setChecked(level == consensus)
            button.setAccessibleName(arg(self.tr("Agree on level %1: %2"), level, description))
            button.setToolTip(arg(self.tr("Agree on level %1 (key %1)"), level))
            text = self._level_texts[level]
            text.setText(description)
            font = text.font()
            font.setBold(level == consensus)
            text.setFont(font)
            self._level_counts[level].setText(
                self.tr("%n participant(s)", "", spread.counts[level])
            )
        median = suggested_consensus(spread)
        self._median_button.setEnabled(not read_only and median is not None)
        self._median_button.setToolTip(
            self.tr("No participant gave a level.")
            if median is None
            else arg(
                self.tr("Record level %1, the median rounded down (key M)"),
                number(median, language),
            )
        )
        self._who.setText(who)
        flagged = (
            [self.tr("%n participant(s) marked it for discussion.", "", spread.for_discussion)]
            if spread.for_discussion
            else []
        )
        lines = [*flagged, notes] if notes else flagged
        self._notes.setText("\n".join(lines) or self.tr("No participant wrote a note here."))
        not_applicable = spread.consensus is not None and spread.consensus.not_applicable
        self._na_button.setChecked(not_applicable)
        self._na_button.setEnabled(not read_only and spread.indicator.na_allowed)
        self._na_button.setToolTip(
            self.tr("Record that this indicator does not apply, with the reason.")
            if spread.indicator.na_allowed
            else self.tr("This framework does not allow this indicator to be not applicable.")
        )

    def show_message(self, message: str) -> None:
        """Say why the last action did nothing ("" hides the message)."""
        self._message.setText(message)
        self._message.setVisible(bool(message))
        if message:
            set_text_colour(self._message, bad_colour(self.palette()))

    # -- what the user sees, for tests and accessibility tools

    def message_text(self) -> str:
        return self._message.text() if not self._message.isHidden() else ""

    def who_chose_what_text(self) -> str:
        return self._who.text()

    def notes_text(self) -> str:
        return self._notes.text()
