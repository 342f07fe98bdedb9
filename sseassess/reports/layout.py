"""Layout helpers shared by the renderers: markup escaping, fitted text, page numbering.

Text in any script goes through :mod:`sseassess.reports.scripts` when it needs to (a
character the Latin family lacks, a right-to-left document): :class:`Paragraph` then
makes a :class:`scripts.ScriptParagraph`, and the measuring helpers measure shaped text.
"""

# The numbering canvas subclasses ReportLab's (untyped) Canvas.
# mypy: allow-subclassing-any

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.utils import simpleSplit  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, TableStyle  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import Table as _Table

from sseassess.reports.scripts import (
    ScriptParagraph,
    is_rtl_style,
    line_count,
    needs_scripts,
)
from sseassess.reports.scripts import ellipsized as _ellipsized


class Paragraph(_Paragraph):
    """ReportLab's paragraph, breaking its lines once per width.

    Platypus measures a paragraph several times at the same width (a table sizing its
    rows, ``KeepTogether`` measuring its group, then the frame placing it): in the report
    that was 1,459 line breakings for 539 paragraphs. The lines depend only on the text,
    the style and the width, so the last result is kept for that width.
    """

    _wrapped: tuple[float, float] | None = None

    def __new__(cls, text: str, style: ParagraphStyle, *args: Any, **kwargs: Any) -> Paragraph:
        """ReportLab's paragraph for Latin text; a :class:`ScriptParagraph` for text in
        other scripts or in a right-to-left document."""
        # ReportLab makes the halves of a split paragraph from its lines (text None).
        if cls is Paragraph and isinstance(text, str) and needs_scripts(text, is_rtl_style(style)):
            return ScriptParagraph(text, style, *args, **kwargs)
        paragraph: Paragraph = super().__new__(cls)
        return paragraph

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        wrapped = self._wrapped
        if wrapped is not None and wrapped[0] == available_width and hasattr(self, "blPara"):
            self.width = available_width
            self.height = wrapped[1]
            return self.width, self.height
        width, height = super().wrap(available_width, available_height)
        if width == available_width:  # not the "cannot fit at all" answer
            self._wrapped = (available_width, height)
        return width, height


class TextLine(Flowable):
    """Plain text that fits on one line, set in a paragraph style exactly where a one-line
    :class:`Paragraph` would set it, without parsing markup or breaking lines: the report's
    tables hold hundreds of short cells. Made by :func:`text_block`."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style  # also gives platypus its spaceBefore, spaceAfter, keepWithNext

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = float(self.style.leading)
        return self.width, self.height

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        baseline = self.height - style.fontSize  # as Paragraph places its first line
        if style.alignment == TA_RIGHT:
            canvas.drawRightString(self.width - style.rightIndent, baseline, self.text)
        elif style.alignment == TA_CENTER:
            middle = (style.leftIndent + self.width - style.rightIndent) / 2
            canvas.drawCentredString(middle, baseline, self.text)
        else:
            canvas.drawString(style.leftIndent, baseline, self.text)


_MIRRORED_COMMANDS = {
    "LEFTPADDING": "RIGHTPADDING",
    "RIGHTPADDING": "LEFTPADDING",
    "LINEBEFORE": "LINEAFTER",
    "LINEAFTER": "LINEBEFORE",
}
_MIRRORED_ALIGNMENT = {"LEFT": "RIGHT", "RIGHT": "LEFT"}


class Table(_Table):
    """ReportLab's table, its columns running from the right in a right-to-left document
    (``rtl``): the cells, widths, style commands and alignment are mirrored, so renderers
    describe every table left to right once."""

    def __init__(
        self,
        data: list[list[Any]],
        colWidths: list[float | None] | None = None,
        *args: Any,
        rtl: bool = False,
        **kwargs: Any,
    ) -> None:
        self._rtl = rtl
        if rtl:
            data = [list(reversed(row)) for row in data]
            colWidths = list(reversed(colWidths)) if colWidths is not None else None
        super().__init__(data, colWidths, *args, **kwargs)

    @property
    def hAlign(self) -> str:
        return self._h_align

    @hAlign.setter
    def hAlign(self, value: str) -> None:
        self._h_align = _MIRRORED_ALIGNMENT.get(value, value) if self._rtl else value

    def setStyle(self, style: Any) -> None:
        if not self._rtl:
            super().setStyle(style)
            return
        commands = style.getCommands() if isinstance(style, TableStyle) else list(style)
        super().setStyle(TableStyle([self._mirrored(command) for command in commands]))

    def _mirrored(self, command: tuple[Any, ...]) -> tuple[Any, ...]:
        name, (first_column, first_row), (last_column, last_row), *values = command
        count = self._ncols
        first_column %= count
        last_column %= count
        if name == "ALIGN" and values:
            values[0] = _MIRRORED_ALIGNMENT.get(str(values[0]).upper(), values[0])
        return (
            _MIRRORED_COMMANDS.get(name, name),
            (count - 1 - last_column, first_row),
            (count - 1 - first_column, last_row),
            *values,
        )


def text_block(text: str, style: ParagraphStyle, width: float) -> Flowable:
    """Plain ``text`` in ``style`` within ``width`` points: a :class:`TextLine` when it fits
    on one line, else a :class:`Paragraph` that wraps it."""
    line = " ".join(text.split())  # spaces collapse as in a paragraph
    if needs_scripts(line, is_rtl_style(style)):
        return Paragraph(markup(text), style)
    room = width - style.leftIndent - style.rightIndent - style.firstLineIndent
    if line and stringWidth(line, style.fontName, style.fontSize) <= room:
        return TextLine(line, style)
    return Paragraph(markup(text), style)


def markup(text: str) -> str:
    """Plain text made safe for a ReportLab paragraph; line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def fitted_size(
    text: str, font: str, *, width: float, largest: float, smallest: float, lines: int
) -> float:
    """The largest font size (down to ``smallest``) at which ``text`` fits in ``lines`` lines."""
    size = largest
    if needs_scripts(text):
        while size > smallest and line_count(text, font, size, width) > lines:
            size -= 0.5
        return max(size, smallest)
    while size > smallest and len(simpleSplit(text, font, size, width)) > lines:
        size -= 0.5
    return max(size, smallest)


def ellipsized(text: str, font: str, size: float, width: float, rtl: bool = False) -> str:
    """``text`` cut with "…" so that it fits ``width`` on one line."""
    if needs_scripts(text, rtl):
        return _ellipsized(text, font, size, width, rtl)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


PageDecorator = Callable[[Canvas, int, int], None]


def numbered_canvas(decorate: PageDecorator) -> Callable[..., Canvas]:
    """A canvas maker whose pages get ``decorate(canvas, page, pages)`` once the total is known.

    Pages are kept until the document is saved, then each is decorated (page X of Y) and
    written: one layout pass, no second build.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas
