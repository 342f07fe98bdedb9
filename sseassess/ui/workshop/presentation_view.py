"""The presentation mode of a workshop: one indicator at a time, full screen, in large type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.framework import LEVELS
from sseassess.ui.decorators import override
from sseassess.ui.fonts import scale_font
from sseassess.ui.models.indicator_spread_model import has_consensus
from sseassess.ui.palette import bad_colour, dim, good_colour, set_text_colour
from sseassess.ui.widgets.histogram import LevelHistogram
from sseassess.ui.widgets.wrapped_label import WrappedLabel
from sseassess.ui.workshop import spread_text

if TYPE_CHECKING:
    from sseassess.domain.workshop import IndicatorSpread

# How much larger the presentation mode's type is.
PRESENTATION_SCALE = 1.6


def presentation_scale(screen_height: int) -> float:
    """How much larger the presentation's type is on a screen this tall (in logical pixels):
    ``PRESENTATION_SCALE`` up to 800 pixels, growing with taller screens (at most twice)."""
    return PRESENTATION_SCALE * max(1.0, min(2.0, screen_height / 800))


class PresentationView(QWidget):
    """One indicator at a time, full screen and in large type, for the projector.

    It only shows; the divergence page handles its keys (it filters this window's events).
    """

    # The window was closed (Esc, F11, or by the window manager).
    closed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._language = language
        self._base_font = QFont(self.font())
        self._scale = 0.0
        self.setWindowTitle(self.tr("Workshop — presentation"))
        self.setAccessibleName(self.tr("Presentation of one indicator"))
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        # Long texts on a small screen scroll rather than push the window off full screen.
        content = QWidget(self)
        self._position = QLabel(content)
        self._position.setWordWrap(True)
        dim(self._position)
        self._question = WrappedLabel("", content)
        self._question.setAccessibleName(self.tr("Question"))
        self._badge = WrappedLabel("", content)
        self._histogram = LevelHistogram(language, content)
        self._histogram.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._stats = WrappedLabel("", content)

        self._level_marks: list[QLabel] = []
        self._level_texts: list[WrappedLabel] = []
        self._consensus_level: int | None = None
        levels = QGridLayout()
        levels.setColumnStretch(1, 1)
        levels.setHorizontalSpacing(16)
        levels.setVerticalSpacing(10)
        for level in LEVELS:
            mark = QLabel(content)
            mark.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = WrappedLabel("", content)
            levels.addWidget(mark, level, 0, Qt.AlignmentFlag.AlignTop)
            levels.addWidget(text, level, 1)
            self._level_marks.append(mark)
            self._level_texts.append(text)

        self._consensus = QLabel(self)
        self._consensus.setWordWrap(True)
        self._agreed = QLabel(self)
        self._agreed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._message = WrappedLabel("", self)
        set_text_colour(self._message, bad_colour(self.palette()))
        self._message.hide()
        self._keys = QLabel(
            self.tr(
                "0–4: consensus · M: use the median · ↑ ↓: move · N: next to discuss · Esc: leave"
            ),
            self,
        )
        self._keys.setWordWrap(True)
        dim(self._keys)

        middle = QHBoxLayout()
        middle.setSpacing(32)
        left = QVBoxLayout()
        left.addWidget(self._histogram, 1)
        left.addWidget(self._stats)
        left.addStretch(0)
        right = QVBoxLayout()
        right.addLayout(levels)
        right.addStretch(1)
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self._consensus, 1)
        bottom.addWidget(self._agreed)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self._position)
        column.addWidget(self._question)
        column.addWidget(self._badge)
        column.addLayout(middle, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are the page's
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        layout.addWidget(self._message)
        layout.addWidget(self._keys)
        self.set_scale(PRESENTATION_SCALE)

    def _font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        font = scale_font(QFont(self.font()), factor)
        font.setBold(bold)
        return font

    def set_scale(self, scale: float) -> None:
        """Make the type ``scale`` times the normal size (the page picks it per screen)."""
        if scale == self._scale:
            return
        self._scale = scale
        self.setFont(scale_font(QFont(self._base_font), scale))
        for widget, factor, bold in (
            (self._position, 1.0, False),
            (self._question, 1.3, True),
            (self._badge, 1.0, True),
            (self._histogram, 1.15, False),
            (self._stats, 1.0, False),
            (self._consensus, 1.15, True),
            (self._agreed, 1.0, False),
            (self._message, 1.0, False),
            (self._keys, 0.6, False),
            *((mark, 1.0, True) for mark in self._level_marks),
        ):
            widget.setFont(self._font(factor, bold))
        for level, text in enumerate(self._level_texts):
            text.setFont(self._font(1.0, level == self._consensus_level))
        # Bars taller than this look like needles on a wide screen.
        self._histogram.setMaximumHeight(round(self._histogram.fontMetrics().height() * 14))

    @property
    def scale(self) -> float:
        return self._scale

    def show_spread(
        self, spread: IndicatorSpread, position: str, agreed: str, read_only: bool
    ) -> None:
        """Show one indicator: ``position`` says where it is, ``agreed`` how many are done."""
        language = self._language
        indicator = spread.indicator
        self._position.setText(position)
        self._question.setText(indicator.question.get(language))
        spread_text.show_divergence(self._badge, spread, language)
        consensus = spread.consensus.level if has_consensus(spread) and spread.consensus else None
        self._histogram.set_counts(spread.counts, consensus)
        self._stats.setText(spread_text.stats_text(spread, language))
        texts = indicator.levels.get(language)
        self._consensus_level = consensus
        for level in LEVELS:
            agreed_here = level == consensus
            mark = self._level_marks[level]
            mark.setText(f"✓ {level}" if agreed_here else str(level))
            set_text_colour(mark, good_colour(self.palette()) if agreed_here else None)
            text = self._level_texts[level]
            text.setText(texts[level] if level < len(texts) else "")
            text.setFont(self._font(1.0, agreed_here))
        self._consensus.setText(spread_text.consensus_text(spread, language, read_only))
        set_text_colour(
            self._consensus, good_colour(self.palette()) if has_consensus(spread) else None
        )
        self._agreed.setText(agreed)

    def show_message(self, message: str) -> None:
        """Show why the last key did nothing ("" hides the message)."""
        self._message.setText(message)
        self._message.setVisible(bool(message))

    # -- what is on screen, for tests and accessibility tools

    def question_text(self) -> str:
        return self._question.text()

    def consensus_text(self) -> str:
        return self._consensus.text()

    def position_text(self) -> str:
        return self._position.text()

    def histogram(self) -> LevelHistogram:
        return self._histogram

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
