"""A bar chart of how many participants chose each level 0-4, drawn with QPainter."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from sseassess.domain.framework import LEVELS
from sseassess.i18n import format_integer
from sseassess.ui.decorators import override
from sseassess.ui.palette import good_colour
from sseassess.ui.text import arg

_Index = QModelIndex | QPersistentModelIndex


def paint_histogram(
    painter: QPainter,
    rect: QRectF,
    counts: Sequence[int],
    palette: QPalette,
    font: QFont,
    language: str,
    *,
    consensus: int | None = None,
    level_labels: bool = True,
    selected: bool = False,
    right_to_left: bool = False,
) -> None:
    """Draw one bar per level in ``rect``: its count above it and, with ``level_labels``,
    the level under it. The ``consensus`` level's bar is drawn in the "good" colour.
    Levels run from 0 on the left, or from 0 on the right with ``right_to_left`` (the
    digits themselves are not mirrored).

    Colours come from ``palette`` (the highlighted-text colours when ``selected``), so the
    chart reads on light and dark themes and on a selected row of a view.
    """
    if rect.width() <= 0 or rect.height() <= 0 or not counts:
        return
    metrics = QFontMetricsF(font)
    line = metrics.height()
    group = QPalette.ColorGroup.Active
    if selected:
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        bar = QColor(text)
    else:
        text = palette.color(group, QPalette.ColorRole.WindowText)
        bar = palette.color(group, QPalette.ColorRole.Highlight)
    agreed = good_colour(palette)
    bottom_room = line + 2 if level_labels else 0.0
    bars = QRectF(rect.left(), rect.top() + line, rect.width(), rect.height() - line - bottom_room)
    slot = rect.width() / len(counts)
    highest = max(max(counts), 1)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(font)
    for level, count in enumerate(counts):
        position = len(counts) - 1 - level if right_to_left else level
        left = rect.left() + position * slot
        width = max(2.0, slot * 0.66)
        x = left + (slot - width) / 2
        height = bars.height() * count / highest if bars.height() > 0 else 0.0
        if count and height < 2:
            height = 2.0
        box = QRectF(x, bars.bottom() - height, width, height)
        colour = agreed if level == consensus and not selected else bar
        if count:
            painter.fillRect(box, colour)
        if level == consensus:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            pen = QPen(text)
            pen.setWidthF(max(2.0, line / 8))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            outline = box if count else QRectF(x, bars.bottom() - 2, width, 2)
            painter.drawRect(outline.adjusted(-1, -1, 1, 1))
        painter.setPen(text)
        label = QRectF(left, box.top() - line, slot, line)
        painter.drawText(label, int(Qt.AlignmentFlag.AlignCenter), format_integer(count, language))
        if level_labels:
            under = QRectF(left, bars.bottom() + 2, slot, line)
            painter.drawText(
                under, int(Qt.AlignmentFlag.AlignCenter), format_integer(level, language)
            )
        painter.setFont(font)
    pen = QPen(text)
    pen.setWidthF(1.0)
    painter.setPen(pen)
    painter.drawLine(
        QPointF(rect.left(), bars.bottom() + 0.5), QPointF(rect.right(), bars.bottom() + 0.5)
    )
    painter.restore()


class LevelHistogram(QWidget):
    """How many participants chose each level, as five bars with their counts.

    It grows with its font: a presentation font makes a projector-sized chart.
    """

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._counts: tuple[int, ...] = (0,) * len(LEVELS)
        self._consensus: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Answers by level"))
        self._describe()

    def set_counts(self, counts: Sequence[int], consensus: int | None = None) -> None:
        """Show these counts (one per level); mark the ``consensus`` level if any."""
        self._counts = tuple(counts)
        self._consensus = consensus
        self._describe()
        self.update()

    def counts(self) -> tuple[int, ...]:
        return self._counts

    def consensus(self) -> int | None:
        return self._consensus

    def _describe(self) -> None:
        parts = [
            arg(self.tr("Level %1: %2"), level, format_integer(count, self._language))
            for level, count in enumerate(self._counts)
        ]
        self.setAccessibleDescription("; ".join(parts))

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    @override
    def sizeHint(self) -> QSize:
        line = self._line()
        return QSize(math.ceil(len(self._counts) * line * 2.4), math.ceil(line * 7))

    @override
    def minimumSizeHint(self) -> QSize:
        line = self._line()
        return QSize(math.ceil(len(self._counts) * line * 1.5), math.ceil(line * 4.5))

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        margin = max(2.0, self._line() / 4)
        paint_histogram(
            painter,
            QRectF(self.rect()).adjusted(margin, margin / 2, -margin, -margin / 2),
            self._counts,
            self.palette(),
            self.font(),
            self._language,
            consensus=self._consensus,
            right_to_left=self.isRightToLeft(),
        )
        painter.end()


class HistogramDelegate(QStyledItemDelegate):
    """Draws the counts an item holds in ``role`` as a small histogram (no level labels:
    the column title says the bars run from level 0 to 4)."""

    def __init__(self, role: int, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = role
        self._language = language

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        counts = index.data(self._role)
        if not counts:
            return
        font = item.font
        line = QFontMetricsF(font).height()
        rect = QRectF(item.rect).adjusted(4, 3, -4, -3)
        rect.setHeight(min(rect.height(), line * 2.6))
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        paint_histogram(
            painter,
            rect,
            counts,
            item.palette,
            font,
            self._language,
            level_labels=False,
            selected=selected,
            right_to_left=item.direction == Qt.LayoutDirection.RightToLeft,
        )

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        line = QFontMetricsF(option.font).height()
        return QSize(math.ceil(len(LEVELS) * line * 1.3 + 8), math.ceil(line * 2.6 + 6))
