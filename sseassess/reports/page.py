"""The base of the renderers: page geometry, fonts and styles, and the document with its frame."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import BaseDocTemplate, Frame  # type: ignore[import-untyped]

from sseassess.i18n import is_right_to_left
from sseassess.reports.data import DocumentData
from sseassess.reports.fonts import register_fonts
from sseassess.reports.layout import Paragraph, fitted_size, markup
from sseassess.reports.scripts import draw_string
from sseassess.reports.styles import INK, RULE, stylesheet

# Compressed streams are written as binary, not also ASCII85-encoded (ReportLab's default,
# for 7-bit channels no PDF travels through today): smaller files, and no pure-Python
# encoding pass over every page and font. Process-wide: sseassess is ReportLab's only user.
rl_config.useA85 = 0


class DocumentInfo(Protocol):
    """What every rendered document says about itself in its PDF metadata."""

    @property
    def organization(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def generator(self) -> str: ...
    @property
    def keywords(self) -> tuple[str, ...] | list[str]: ...
    @property
    def language(self) -> str: ...


def verification_lines(data: DocumentData) -> tuple[tuple[str, str], ...]:
    """What an organization's own document prints beside its QR code: its verification
    code, how to check it, what travels inside the PDF, and what made it (text, style)."""
    labels = data.labels
    return (
        (labels.verification_code, "label"),
        (data.verification_code, "code"),
        (labels.verification_hint, "small"),
        (labels.embedded_note, "small"),
        (data.generator, "tiny"),
    )


class PageRenderer:
    """Page geometry as attributes (override them), fonts registered once, one stylesheet."""

    pagesize = A4
    margin_x = 20 * mm
    margin_top = 22 * mm
    margin_bottom = 20 * mm

    #: The side of the QR code in the verification footer.
    qr_size = 24 * mm

    def __init__(self, language: str = "en") -> None:
        #: A right-to-left document mirrors its layout: text starts at the right margin,
        #: table columns run from the right, score bars fill from the right.
        self.rtl = is_right_to_left(language)
        self.fonts = register_fonts()
        self.styles = stylesheet(self.fonts, self.rtl)
        self.width, self.height = self.pagesize
        self.content_width = self.width - 2 * self.margin_x

    def _draw_verification_footer(
        self,
        canvas: Any,
        bottom: float,
        qr_text: str,
        lines: Sequence[tuple[str, str]],
        *,
        rule_gap: float = 3 * mm,
        text_drop: float = 1 * mm,
    ) -> None:
        """The verification footer every document has: a rule, the QR code at ``bottom``
        at the start of the line (left, or right in a right-to-left document), and ``lines``
        (text, style name) beside it from its top down."""
        from sseassess.reports.charts import draw_qr_code

        top = bottom + self.qr_size + rule_gap
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.margin_x, top, self.width - self.margin_x, top)
        qr_x = self._x(self.margin_x - 2 * mm, self.qr_size)
        draw_qr_code(canvas, qr_text, x=qr_x, y=bottom, size=self.qr_size)
        width = self.content_width - self.qr_size - 2 * mm
        x = self._x(self.margin_x + self.qr_size + 2 * mm, width)
        y = bottom + self.qr_size - text_drop
        for text, style in lines:
            paragraph = Paragraph(markup(text), self.styles[style])
            y -= paragraph.wrap(width, 100)[1]
            paragraph.drawOn(canvas, x, y)
            y -= 1.5

    def _document(self, buffer: Any, info: DocumentInfo, title: str) -> tuple[Any, Any]:
        """The document (metadata set) and the body frame between the margins."""
        document = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            title=title,
            author=info.organization,
            subject=info.subject,
            creator=info.generator,
            keywords=", ".join(info.keywords),
            lang=info.language.replace("_", "-"),  # BCP 47: pt-BR
            initialFontName=self.fonts.regular,
            leftMargin=self.margin_x,
            rightMargin=self.margin_x,
            topMargin=self.margin_top,
            bottomMargin=self.margin_bottom,
        )
        frame = Frame(
            self.margin_x,
            self.margin_bottom,
            self.content_width,
            self.height - self.margin_top - self.margin_bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        return document, frame

    def _x(self, x: float, width: float = 0.0) -> float:
        """Where something drawn at ``x`` (``width`` wide) of a left-to-right page goes on
        this page: mirrored in a right-to-left document."""
        return self.width - x - width if self.rtl else x

    def _draw_at_edge(self, canvas: Canvas, y: float, text: str, *, end: bool = False) -> float:
        """One line of text from the start margin (the end margin with ``end``) in the
        canvas's font: left and right in a left-to-right document, mirrored otherwise."""
        at_right = end != self.rtl
        x = self.width - self.margin_x if at_right else self.margin_x
        return draw_string(
            canvas, x, y, text, align=TA_RIGHT if at_right else TA_LEFT, rtl=self.rtl
        )

    def _cover_heading(
        self, framework_name: str, framework_version: str, title: str, organization: str
    ) -> tuple[Paragraph, Paragraph, Paragraph]:
        """A cover's framework line, its title, and the organization's name as large as
        four lines of the page's width allow (from 20 down to 11 points)."""
        styles = self.styles
        kicker = f"{framework_name.upper()} · {framework_version}"
        size = fitted_size(
            organization,
            self.fonts.bold,
            width=self.content_width,
            largest=20,
            smallest=11,
            lines=4,
        )
        return (
            Paragraph(markup(kicker), styles["kicker"].clone("cover_kicker", alignment=0)),
            Paragraph(
                markup(title),
                styles["title"].clone("cover_title", alignment=0, fontSize=28, leading=33),
            ),
            Paragraph(
                markup(organization),
                styles["h1"].clone("cover_name", textColor=INK, fontSize=size, leading=size * 1.22),
            ),
        )
