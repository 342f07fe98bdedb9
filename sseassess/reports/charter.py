"""The charter certificate an issuer signs: numbered, dated, naming the issuer, framed."""

from __future__ import annotations

import io

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    KeepInFrame,
    PageTemplate,
    Spacer,
    Table,
)

from sseassess.reports.data import CharterData
from sseassess.reports.layout import Paragraph, fitted_size, markup
from sseassess.reports.page import PageRenderer
from sseassess.reports.styles import ACCENT, ACCENT_LIGHT, RULE, table_style


class CharterRenderer(PageRenderer):
    """Renders a :class:`CharterData` as a one-page A4 charter certificate (PDF bytes).

    Only this document has the double frame of a certificate: an organization's own
    self-assessment never does.
    """

    margin_x = 26 * mm
    margin_top = 26 * mm
    margin_bottom = 52 * mm
    border_inset = 10 * mm
    qr_size = 28 * mm

    def __init__(self, data: CharterData) -> None:
        super().__init__()
        self.data = data

    def render(self) -> bytes:
        buffer = io.BytesIO()
        data = self.data
        document, frame = self._document(buffer, data, f"{data.title} {data.number_text}")
        document.addPageTemplates([PageTemplate("charter", [frame], onPage=self._decorate)])
        document.build([KeepInFrame(frame._width, frame._height, self._story(), mode="shrink")])
        return buffer.getvalue()

    def _decorate(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        canvas.saveState()
        inset = self.border_inset
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(2)
        canvas.rect(inset, inset, self.width - 2 * inset, self.height - 2 * inset)
        canvas.setLineWidth(0.6)
        inner = inset + 2 * mm
        canvas.rect(inner, inner, self.width - 2 * inner, self.height - 2 * inner)
        self._footer(canvas)
        canvas.restoreState()

    def _footer(self, canvas: Canvas) -> None:
        data = self.data
        self._draw_verification_footer(
            canvas,
            self.border_inset + 7 * mm,
            data.qr_text,
            (
                (data.verification_label, "label"),
                (data.verification_code, "code"),
                (data.signature_note, "small"),
                (data.generator, "tiny"),
            ),
        )

    def _story(self) -> list[Flowable]:
        data, styles = self.data, self.styles
        size = fitted_size(
            data.organization,
            self.fonts.bold,
            width=self.content_width,
            largest=22,
            smallest=11,
            lines=3,
        )
        name = styles["name"].clone("charter_name", fontSize=size, leading=size * 1.22)
        decision = styles["centered"].clone("charter_decision", fontName=self.fonts.bold)
        story: list[Flowable] = [
            Paragraph(markup(data.title), styles["title"]),
            Paragraph(markup(data.number_text), styles["h2"].clone("number", alignment=1)),
            Paragraph(markup(data.issued_by), styles["centered"]),
            Spacer(1, 6 * mm),
            Paragraph(markup(data.organization), name),
            Spacer(1, 2 * mm),
            Paragraph(markup(data.statement), styles["centered"]),
            Spacer(1, 3 * mm),
            Paragraph(markup("✓ " + data.decision), decision),
            Paragraph(markup(data.validity), styles["centered"]),
            Spacer(1, 6 * mm),
            self._facts(),
            Spacer(1, 5 * mm),
            Paragraph(markup(data.characteristics_heading), styles["h3"]),
            self._scores(),
        ]
        return story

    def _facts(self) -> Table:
        styles = self.styles
        cells = [
            [Paragraph(markup(data.label), styles["label"]) for data in self.data.facts],
            [Paragraph(markup(data.value), styles["value"]) for data in self.data.facts],
        ]
        columns = len(self.data.facts) or 1
        table = Table(cells, colWidths=[self.content_width / columns] * columns)
        table.setStyle(
            table_style(
                self.fonts,
                [
                    ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ],
            )
        )
        return table

    def _scores(self) -> Table:
        data, styles = self.data, self.styles
        rows = [
            [
                Paragraph(markup(data.overall_label), styles["cell_bold"]),
                Paragraph(markup(data.overall_text), styles["cell_bold"].clone("o", alignment=2)),
            ],
            *(
                [
                    Paragraph(markup(f"{row.number}. {row.name}"), styles["cell"]),
                    Paragraph(markup(row.score_text), styles["cell"].clone("s", alignment=2)),
                ]
                for row in data.rows
            ),
            [
                Paragraph(markup(data.band_label), styles["cell"]),
                Paragraph(markup(data.band_name), styles["cell"].clone("b", alignment=2)),
            ],
        ]
        table = Table(rows, colWidths=[self.content_width * 0.8, self.content_width * 0.2])
        table.setStyle(table_style(self.fonts, [("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE)]))
        return table
