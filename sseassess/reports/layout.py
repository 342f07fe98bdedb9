"""Layout helpers shared by the renderers: markup escaping, fitted text, page numbering."""

# The numbering canvas subclasses ReportLab's (untyped) Canvas.
# mypy: allow-subclassing-any

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.utils import simpleSplit  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph as _Paragraph  # type: ignore[import-untyped]


class Paragraph(_Paragraph):
    """ReportLab's paragraph, breaking its lines once per width.

    Platypus measures a paragraph several times at the same width (a table sizing its
    rows, ``KeepTogether`` measuring its group, then the frame placing it): in the report
    that was 1,459 line breakings for 539 paragraphs. The lines depend only on the text,
    the style and the width, so the last result is kept for that width.
    """

    _wrapped: tuple[float, float] | None = None

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


def markup(text: str) -> str:
    """Plain text made safe for a ReportLab paragraph; line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def fitted_size(
    text: str, font: str, *, width: float, largest: float, smallest: float, lines: int
) -> float:
    """The largest font size (down to ``smallest``) at which ``text`` fits in ``lines`` lines."""
    size = largest
    while size > smallest and len(simpleSplit(text, font, size, width)) > lines:
        size -= 0.5
    return max(size, smallest)


def ellipsized(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with "…" so that it fits ``width`` on one line."""
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
