"""A radar (spider) chart of characteristic scores, drawn with QPainter."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from sseassess.i18n import format_integer, format_score
from sseassess.ui.decorators import override

# The rings of the grid, on the 0-100 scale.
RINGS = (20, 40, 60, 80, 100)
_MARGIN = 6.0
_GAP = 8.0  # between the outer ring and a label
_MARKER = 4.0
_MIN_RADIUS = 60.0


@dataclass(frozen=True, slots=True)
class RadarSeries:
    """One polygon of the chart: a value (0-100, or None when not scored) per axis."""

    name: str
    values: Sequence[float | None]
    colour: QColor
    dashed: bool = False


@dataclass(slots=True)
class _Geometry:
    """Where everything goes for one widget size (recomputed on resize or new data)."""

    centre: QPointF = field(default_factory=QPointF)
    radius: float = 0.0
    numbered: bool = False
    axis_texts: list[str] = field(default_factory=list)
    axis_boxes: list[QRectF] = field(default_factory=list)
    key: list[tuple[QRectF, str]] = field(default_factory=list)
    legend: list[tuple[QRectF, int]] = field(default_factory=list)  # -1: minimum


class RadarChart(QWidget):
    """Scores of the characteristics on one radar, with an optional minimum polygon.

    Axis labels are word-wrapped beside the chart when they fit; when they do not (a
    small widget, long names), the axes are numbered and a key lists the full names.
    Hovering a label, a key entry or a point shows the full name and the values.
    Right to left (Arabic...), the axes turn counter-clockwise, the key is on the left and
    the legend runs from the right, as in the PDF; texts themselves are not mirrored.
    """

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._labels: list[str] = []
        self._series: list[RadarSeries] = []
        self._minimums: list[float] | None = None
        self._geometry: _Geometry | None = None
        self._geometry_size = QSize()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Radar chart of the characteristics"))
        self._update_description()

    # -- data

    def set_data(self, labels: Sequence[str], series: Sequence[RadarSeries]) -> None:
        """Show one axis per label and one polygon per series (values in label order)."""
        for one in series:
            if len(one.values) != len(labels):
                raise ValueError(f"series {one.name!r} has {len(one.values)} values")
        self._labels = list(labels)
        self._series = list(series)
        if self._minimums is not None and len(self._minimums) != len(self._labels):
            self._minimums = None
        self._changed()

    def set_minimums(self, minimums: Sequence[float] | None) -> None:
        """Draw the minimum each axis needs as a thin dotted polygon (None: no polygon)."""
        if minimums is not None and len(minimums) != len(self._labels):
            raise ValueError(f"{len(minimums)} minimums for {len(self._labels)} axes")
        self._minimums = list(minimums) if minimums is not None else None
        self._changed()

    def labels(self) -> list[str]:
        return list(self._labels)

    def series(self) -> list[RadarSeries]:
        return list(self._series)

    def minimums(self) -> list[float] | None:
        return list(self._minimums) if self._minimums is not None else None

    @property
    def numbered_axes(self) -> bool:
        """True when the labels did not fit and the axes are numbered, with a key."""
        return self._layout().numbered

    def _changed(self) -> None:
        self._geometry = None
        self._update_description()
        self.update()

    def _update_description(self) -> None:
        if not self._labels or not self._series:
            self.setAccessibleDescription(self.tr("No scores to show."))
            return
        parts = []
        for one in self._series:
            values = "; ".join(
                self.tr("{name}: {score}").format(
                    name=label, score=format_score(value, self._language)
                )
                for label, value in zip(self._labels, one.values, strict=True)
            )
            parts.append(self.tr("{series} — {values}.").format(series=one.name, values=values))
        if self._minimums is not None:
            values = "; ".join(
                self.tr("{name}: {score}").format(
                    name=label, score=format_score(value, self._language)
                )
                for label, value in zip(self._labels, self._minimums, strict=True)
            )
            parts.append(self.tr("Minimum required — {values}.").format(values=values))
        self.setAccessibleDescription(" ".join(parts))

    # -- size

    @override
    def sizeHint(self) -> QSize:
        return QSize(420, 380)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(260, 240)

    @override
    def hasHeightForWidth(self) -> bool:
        return True

    @override
    def heightForWidth(self, width: int) -> int:
        """Taller when wider, so that a wide window gets a larger chart (within reason)."""
        return max(240, min(500, round(width * 0.55)))

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._geometry = None
        super().resizeEvent(event)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.LanguageChange,
            QEvent.Type.LayoutDirectionChange,
        ):
            self._geometry = None
            self.update()
        super().changeEvent(event)

    # -- layout

    def _direction(self, axis: int) -> QPointF:
        """Unit vector of an axis: the first points up, the others follow clockwise
        (counter-clockwise right to left)."""
        angle = 2 * math.pi * axis / max(len(self._labels), 1)
        turn = -1.0 if self.isRightToLeft() else 1.0
        return QPointF(turn * math.sin(angle), -math.cos(angle))

    def _point(self, geometry: _Geometry, axis: int, value: float | None) -> QPointF:
        share = 0.0 if value is None else max(0.0, min(100.0, value)) / 100.0
        return geometry.centre + self._direction(axis) * (geometry.radius * share)

    def _layout(self) -> _Geometry:
        if self._geometry is None or self._geometry_size != self.size():
            self._geometry = self._compute_layout()
            self._geometry_size = self.size()
        return self._geometry

    def _compute_layout(self) -> _Geometry:
        area = QRectF(self.rect()).adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        geometry = _Geometry()
        geometry.legend, legend_height = self._legend_layout(area)
        area.setBottom(area.bottom() - legend_height)
        if not self._labels:
            geometry.centre = area.center()
            return geometry
        metrics = QFontMetricsF(self.font())
        # First try the names themselves, wrapped at a few widths; keep the largest radius.
        best: tuple[float, list[QRectF], QPointF] | None = None
        for share in (0.30, 0.25, 0.20):
            width = max(70.0, min(230.0, area.width() * share))
            sizes = [self._wrapped_size(metrics, label, width) for label in self._labels]
            placed = self._place(area, sizes)
            if placed is not None and (best is None or placed[0] > best[0]):
                best = placed
        if best is not None and best[0] >= max(
            _MIN_RADIUS, 0.28 * min(area.width(), area.height())
        ):
            geometry.radius, geometry.axis_boxes, geometry.centre = best
            geometry.axis_texts = list(self._labels)
            return geometry
        # Otherwise number the axes and list the names in a key beside or under the chart.
        geometry.numbered = True
        geometry.axis_texts = [
            format_integer(i + 1, self._language) for i in range(len(self._labels))
        ]
        sizes = [self._wrapped_size(metrics, text, 60.0) for text in geometry.axis_texts]
        # Try the key beside and under the chart; prefer a key whose names are whole.
        options = []
        for beside, share in ((True, 0.4), (True, 0.5), (False, 0.5)):
            chart, key, whole = self._key_layout(area, metrics, beside, share)
            placed = self._place(chart, sizes)
            radius = placed[0] if placed is not None else 0.0
            options.append((whole and radius >= 50, radius, chart, key, placed))
        _whole, _radius, chart, geometry.key, placed = max(options, key=lambda o: o[:2])
        if placed is None:  # too small for anything: draw the rings only
            geometry.centre = chart.center()
            geometry.radius = max(0.0, min(chart.width(), chart.height()) / 2 - 20)
            geometry.axis_boxes = [QRectF() for _ in self._labels]
        else:
            geometry.radius, geometry.axis_boxes, geometry.centre = placed
        return geometry

    @staticmethod
    def _wrapped_size(metrics: QFontMetricsF, text: str, width: float) -> QSize:
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        rect = metrics.boundingRect(QRectF(0, 0, width, 10_000), flags, text)
        return QSize(math.ceil(rect.width()) + 2, math.ceil(rect.height()) + 1)

    def _anchored(self, axis: int, tip: QPointF, size: QSize) -> QRectF:
        """A label's box at the tip of its axis, extending away from the centre."""
        direction = self._direction(axis)
        width, height = float(size.width()), float(size.height())
        if direction.x() > 0.2:
            left = tip.x()
        elif direction.x() < -0.2:
            left = tip.x() - width
        else:
            left = tip.x() - width / 2
        if direction.y() < -0.2:
            top = tip.y() - height
        elif direction.y() > 0.2:
            top = tip.y()
        else:
            top = tip.y() - height / 2
        return QRectF(left, top, width, height)

    def _place(
        self, area: QRectF, sizes: Sequence[QSize]
    ) -> tuple[float, list[QRectF], QPointF] | None:
        """The largest radius for which every label box fits in ``area`` without overlap."""
        if area.width() <= 0 or area.height() <= 0:
            return None
        # Centre the chart horizontally; vertically, balance the label heights above/below.
        top_extra = max(
            (s.height() for i, s in enumerate(sizes) if self._direction(i).y() < -0.2), default=0
        )
        bottom_extra = max(
            (s.height() for i, s in enumerate(sizes) if self._direction(i).y() > 0.2), default=0
        )
        centre = QPointF(area.center().x(), area.center().y() + (top_extra - bottom_extra) / 2)
        upper = math.inf
        for axis, size in enumerate(sizes):
            # The box is linear in t = radius + gap: box(t) = box(0) + direction * t.
            box = self._anchored(axis, centre, size)
            direction = self._direction(axis)
            for slope, room in (
                (direction.x(), area.right() - box.right()),
                (-direction.x(), box.left() - area.left()),
                (direction.y(), area.bottom() - box.bottom()),
                (-direction.y(), box.top() - area.top()),
            ):
                if slope > 1e-9:
                    upper = min(upper, room / slope)
                elif room < 0:
                    return None
        radius = upper - _GAP
        if radius < 20:
            return None
        boxes = [
            self._anchored(axis, centre + self._direction(axis) * (radius + _GAP), size)
            for axis, size in enumerate(sizes)
        ]
        for first in range(len(boxes)):
            for second in range(first + 1, len(boxes)):
                if boxes[first].adjusted(-2, -2, 2, 2).intersects(boxes[second]):
                    return None
        return radius, boxes, centre

    def _key_layout(
        self, area: QRectF, metrics: QFontMetricsF, beside: bool, share: float
    ) -> tuple[QRectF, list[tuple[QRectF, str]], bool]:
        """The chart's area, the key's entries ("1. name") beside or under it, and whether
        the names are whole (True) or had to be elided to one line each (False)."""
        entries = [
            self.tr("{number}. {name}").format(
                number=format_integer(i + 1, self._language), name=label
            )
            for i, label in enumerate(self._labels)
        ]
        if beside:
            width = min(area.width() * share, 340.0)
            room = area.height()
        else:
            width = area.width()
            room = area.height() * share
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        heights = [
            metrics.boundingRect(QRectF(0, 0, width, 10_000), flags, entry).height()
            for entry in entries
        ]
        line = metrics.lineSpacing()
        whole = sum(heights) + 2 * len(entries) <= room
        if not whole:  # no room to wrap: one line each, elided (the tooltip has it all)
            heights = [line] * len(entries)
            entries = [
                metrics.elidedText(entry, Qt.TextElideMode.ElideRight, width) for entry in entries
            ]
        total = sum(heights) + 2 * len(entries)
        if beside:  # after the chart in reading order: on the right, or on the left
            rtl = self.isRightToLeft()
            left = area.left() if rtl else area.right() - width
            top = area.top() + max(0.0, (area.height() - total) / 2)
            chart = QRectF(
                area.left() + (width + _MARGIN if rtl else 0.0),
                area.top(),
                area.width() - width - _MARGIN,
                area.height(),
            )
        else:
            left = area.left()
            top = area.bottom() - total
            chart = QRectF(area.left(), area.top(), area.width(), area.height() - total - _MARGIN)
        key = []
        for entry, height in zip(entries, heights, strict=True):
            key.append((QRectF(left, top, width, height), entry))
            top += height + 2
        return chart, key, whole

    def _legend_entries(self) -> list[tuple[str, int]]:
        entries = [(one.name, index) for index, one in enumerate(self._series)]
        if self._minimums is not None:
            entries.append((self.tr("Minimum required"), -1))
        if len(self._series) < 2 and self._minimums is None:
            return []
        return entries

    def _legend_layout(self, area: QRectF) -> tuple[list[tuple[QRectF, int]], float]:
        """Legend entries (swatch + name) in rows under the chart; their total height."""
        entries = self._legend_entries()
        if not entries:
            return [], 0.0
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        swatch = 28.0
        rows: list[list[tuple[float, int]]] = [[]]
        used = 0.0
        for name, index in entries:
            width = min(swatch + 6 + metrics.horizontalAdvance(name) + 2, area.width())
            if rows[-1] and used + width > area.width():
                rows.append([])
                used = 0.0
            rows[-1].append((width, index))
            used += width + 18
        height = len(rows) * (line + 4)
        top = area.bottom() - height + 2
        placed: list[tuple[QRectF, int]] = []
        rtl = self.isRightToLeft()
        for row in rows:
            row_width = sum(w for w, _ in row) + 18 * (len(row) - 1)
            left = area.left() + max(0.0, (area.width() - row_width) / 2)
            for width, index in row:
                box = QRectF(left, top, width, line)
                if rtl:  # the first entry on the right
                    box.moveRight(area.left() + area.right() - left)
                placed.append((box, index))
                left += width + 18
            top += line + 4
        return placed, height + 4

    # -- painting

    def _pen(self, colour: QColor, width: float, dashed: bool = False) -> QPen:
        pen = QPen(colour, width)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def _minimum_pen(self) -> QPen:
        pen = self._pen(self.palette().color(QPalette.ColorRole.WindowText), 1.2)
        pen.setStyle(Qt.PenStyle.DotLine)
        return pen

    def _polygon(self, geometry: _Geometry, values: Sequence[float | None]) -> QPolygonF:
        return QPolygonF([self._point(geometry, i, v) for i, v in enumerate(values)])

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        geometry = self._layout()
        if not self._labels:
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.tr("No scores to show.")
            )
            return
        count = len(self._labels)
        grid = QColor(text_colour)
        grid.setAlphaF(0.22)
        faint = QColor(text_colour)
        faint.setAlphaF(0.6)
        # Grid rings, axes and the ring values along the first axis.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for ring in RINGS:
            painter.setPen(self._pen(grid, 1.4 if ring == 100 else 1.0))
            painter.drawPolygon(self._polygon(geometry, [ring] * count))
        painter.setPen(self._pen(grid, 1.0))
        for axis in range(count):
            painter.drawLine(geometry.centre, self._point(geometry, axis, 100))
        small = self.font()
        if small.pointSizeF() > 0:
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        elif small.pixelSize() > 0:
            small.setPixelSize(max(8, round(small.pixelSize() * 0.8)))
        painter.setFont(small)
        painter.setPen(faint)
        # Halfway between the first two axes, where no point is drawn.
        half = self._direction(0) + self._direction(1) if count > 2 else self._direction(0)
        length = math.hypot(half.x(), half.y()) or 1.0
        for ring in RINGS:
            # The ring's edge crosses the bisector at cos(half angle) of its radius.
            reach = geometry.radius * ring / 100 * (length / 2 if count > 2 else 1.0)
            point = geometry.centre + half * (reach / length)
            painter.drawText(
                QRectF(point.x() - 20, point.y() - 16, 40, 16),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                format_integer(ring, self._language),
            )
        painter.setFont(self.font())
        # The minimum polygon, then the series, the earliest at the bottom.
        if self._minimums is not None:
            painter.setPen(self._minimum_pen())
            painter.drawPolygon(self._polygon(geometry, self._minimums))
        for one in self._series:
            fill = QColor(one.colour)
            fill.setAlphaF(0.10 if one.dashed else 0.22)
            painter.setBrush(QBrush(fill))
            painter.setPen(self._pen(one.colour, 2.0, one.dashed))
            painter.drawPolygon(self._polygon(geometry, one.values))
            for axis, value in enumerate(one.values):
                point = self._point(geometry, axis, value)
                painter.setPen(self._pen(one.colour, 1.6))
                if value is None:  # not scored: a hollow marker at the centre
                    painter.setBrush(palette.color(QPalette.ColorRole.Base))
                    painter.drawEllipse(point, _MARKER + 1, _MARKER + 1)
                else:
                    painter.setBrush(one.colour)
                    painter.drawEllipse(point, _MARKER, _MARKER)
        # Labels (or numbers), the key and the legend.
        painter.setPen(text_colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        label_font = self.font()
        label_font.setBold(geometry.numbered)
        painter.setFont(label_font)
        for text, box in zip(geometry.axis_texts, geometry.axis_boxes, strict=True):
            if box.isEmpty():
                continue
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text
            )
        painter.setFont(self.font())
        for box, text in geometry.key:
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), text)
        for box, index in geometry.legend:
            middle = box.center().y()
            if index < 0:
                painter.setPen(self._minimum_pen())
                name = self.tr("Minimum required")
            else:
                one = self._series[index]
                painter.setPen(self._pen(one.colour, 2.0, one.dashed))
                name = one.name
            # The swatch first in reading order, then the name (aligned to the start).
            start = box.right() - 28 if self.isRightToLeft() else box.left()
            painter.drawLine(QPointF(start, middle), QPointF(start + 28, middle))
            painter.setPen(text_colour)
            text_left = box.left() if self.isRightToLeft() else box.left() + 34
            painter.drawText(
                QRectF(text_left, box.top(), box.width() - 34, box.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                name,
            )
        painter.end()

    # -- tooltips

    def _tooltip_at(self, position: QPointF) -> str | None:
        geometry = self._layout()
        for axis in range(len(self._labels)):
            near = [self._point(geometry, axis, one.values[axis]) for one in self._series]
            on_point = any((p - position).manhattanLength() <= 8 for p in near)
            box = geometry.axis_boxes[axis] if axis < len(geometry.axis_boxes) else QRectF()
            in_key = axis < len(geometry.key) and geometry.key[axis][0].contains(position)
            if on_point or box.contains(position) or in_key:
                return self._axis_summary(axis)
        return None

    def _axis_summary(self, axis: int) -> str:
        lines = [self._labels[axis]]
        for one in self._series:
            lines.append(
                self.tr("{name}: {score}").format(
                    name=one.name, score=format_score(one.values[axis], self._language)
                )
            )
        if self._minimums is not None:
            lines.append(
                self.tr("Minimum required: {score}").format(
                    score=format_score(self._minimums[axis], self._language)
                )
            )
        return "\n".join(lines)

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
