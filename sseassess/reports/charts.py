"""Vector charts: score bars, the radar chart (ReportLab graphics) and the QR code."""

# The score bar is a ReportLab (untyped) Flowable.
# mypy: allow-subclassing-any

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from itertools import groupby

from reportlab.graphics.barcode.qr import QrCodeWidget  # type: ignore[import-untyped]
from reportlab.graphics.shapes import (  # type: ignore[import-untyped]
    Circle,
    Drawing,
    Line,
    Polygon,
    PolyLine,
    String,
)
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from sseassess.reports.fonts import register_fonts
from sseassess.reports.styles import BAR, BAR_LOW, INK, MUTED, RULE, TRACK

SCALE = 100.0


def _drawing(width: float, height: float, **attributes: object) -> Drawing:
    """A drawing that starts in the embedded font (ReportLab's default is an unembedded one)."""
    drawing = Drawing(width, height, **attributes)
    drawing.initialFontName = register_fonts().regular
    return drawing


class ScoreBar(Flowable):
    """A horizontal 0-100 bar filled to ``score``, with the minimum marked by a dark tick;
    filled from the right in a right-to-left document (``rtl``), where scales run that way.

    Drawn straight on the canvas: a document has sixteen of them, and a graphics drawing
    goes through ReportLab's shape renderer for each.
    """

    overhang = 2.5  # how far the minimum's tick reaches above and below the bar
    radius = 1.5

    def __init__(
        self,
        score: float | None,
        minimum: float,
        *,
        width: float,
        height: float = 8.0,
        low: bool = False,
        rtl: bool = False,
    ) -> None:
        super().__init__()
        self.score, self.minimum, self.low, self.rtl = score, minimum, low, rtl
        self.width = width
        self.bar_height = height
        self.height = height + 2 * self.overhang

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, width, height = self.canv, self.width, self.bar_height
        canvas.setFillColor(TRACK)
        canvas.roundRect(0, self.overhang, width, height, self.radius, stroke=0, fill=1)
        if self.score is not None and self.score > 0:
            filled = width * min(self.score, SCALE) / SCALE
            canvas.setFillColor(BAR_LOW if self.low else BAR)
            start = width - filled if self.rtl else 0
            canvas.roundRect(start, self.overhang, filled, height, self.radius, stroke=0, fill=1)
        x = width * min(max(self.minimum, 0.0), SCALE) / SCALE
        if self.rtl:
            x = width - x
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.6)
        canvas.line(x, 0, x, self.height)


def radar_chart(
    scores: Sequence[float | None],
    minimums: Sequence[float],
    labels: Sequence[str],
    *,
    size: float,
    font: str,
    bold_font: str,
    clockwise: bool = True,
) -> Drawing:
    """A radar (spider) chart of the characteristics' scores, first axis at the top, the
    next ones clockwise (counter-clockwise for right-to-left readers: ``clockwise=False``).

    Rings mark 20, 40, 60, 80 and 100; the dashed line joins the minimums; axes are labelled
    with ``labels`` (short: the characteristics' numbers).
    """
    drawing = _drawing(size, size)
    count = len(scores)
    if count < 3:
        return drawing
    centre = size / 2
    radius = size / 2 - 18

    def point(index: float, value: float) -> tuple[float, float]:
        turn = 2 * math.pi * index / count
        angle = math.pi / 2 - turn if clockwise else math.pi / 2 + turn
        distance = radius * max(0.0, min(value, SCALE)) / SCALE
        return centre + distance * math.cos(angle), centre + distance * math.sin(angle)

    def ring(values: Sequence[float]) -> list[float]:
        return [coordinate for i, v in enumerate(values) for coordinate in point(i, v)]

    for level in (20, 40, 60, 80, 100):
        drawing.add(
            Polygon(
                ring([float(level)] * count),
                fillColor=None,
                strokeColor=RULE,
                strokeWidth=0.8 if level == 100 else 0.5,
            )
        )
    for index in range(count):
        x, y = point(index, SCALE)
        drawing.add(Line(centre, centre, x, y, strokeColor=RULE, strokeWidth=0.5))
    for level in (20, 40, 60, 80):
        # Ring values half-way between the first two axes, clear of the plotted points.
        x, y = point(0.5, float(level))
        drawing.add(String(x + 1, y + 1, str(level), fontName=font, fontSize=5.5, fillColor=MUTED))
    drawing.add(
        Polygon(
            ring([score or 0.0 for score in scores]),
            fillColor=colors.Color(BAR.red, BAR.green, BAR.blue, alpha=0.28),
            strokeColor=BAR,
            strokeWidth=1.6,
        )
    )
    minimum_points = ring(list(minimums))
    drawing.add(
        PolyLine(
            [*minimum_points, *minimum_points[:2]],
            strokeColor=BAR_LOW,
            strokeWidth=1.0,
            strokeDashArray=[3, 2],
        )
    )
    for index, score in enumerate(scores):
        x, y = point(index, score or 0.0)
        drawing.add(Circle(x, y, 2.2, fillColor=BAR, strokeColor=colors.white, strokeWidth=0.6))
        lx, ly = point(index, SCALE + 11)
        drawing.add(
            String(
                lx,
                ly - 3,
                labels[index],
                fontName=bold_font,
                fontSize=8.5,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    return drawing


QR_QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


@lru_cache(maxsize=8)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of the QR code of ``text`` (error correction M), top row first."""
    widget = QrCodeWidget(text, barLevel="M")
    widget.qr.make()
    return tuple(tuple(bool(module) for module in row) for row in widget.qr.modules)


def draw_qr_code(canvas: Canvas, text: str, *, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``text``, ``size`` points square quiet zone included, with its
    lower left corner at ``x``, ``y``.

    Encoded once per text (the certificate and the report print the same code) and drawn
    as one filled path of each row's dark runs in module units, written as PDF operators
    with integer coordinates: ReportLab's widget drew a shape per run through the graphics
    renderer and formatted some 1,200 numbers a code.
    """
    modules = qr_modules(text)
    count = len(modules)
    module = size / (count + 2 * QR_QUIET_ZONE)
    operators = []
    for row_index, row in enumerate(modules):
        column = 0
        for dark, run in groupby(row):
            length = len(list(run))
            if dark:  # "x y width height re": one rectangle of the path
                operators.append(f"{column} {count - 1 - row_index} {length} 1 re")
            column += length
    operators.append("f")  # fill the path (nonzero winding: the runs never overlap)
    canvas.saveState()
    canvas.translate(x + QR_QUIET_ZONE * module, y + QR_QUIET_ZONE * module)
    canvas.scale(module, module)
    canvas.setFillColor(colors.black)
    canvas.addLiteral("\n".join(operators))
    canvas.restoreState()
