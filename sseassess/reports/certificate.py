"""The one-page certificate, or the results summary when the certificate rules are not met."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    KeepInFrame,
    PageTemplate,
    Spacer,
)

from sseassess.reports.charts import ScoreBar, draw_qr_code
from sseassess.reports.data import DocumentData
from sseassess.reports.layout import Paragraph, Table, fitted_size, markup
from sseassess.reports.page import PageRenderer
from sseassess.reports.styles import (
    ACCENT,
    ACCENT_LIGHT,
    BAR_LOW,
    RULE,
    WARNING_LIGHT,
    WHITE,
    table_style,
)


class CertificateRenderer(PageRenderer):
    """Renders a :class:`DocumentData` as a one-page A4 certificate (PDF bytes).

    Whatever the length of the texts, the page stays one page: long names get a smaller
    font, and the body shrinks to fit its frame if it must.
    """

    pagesize = A4
    margin_x = 24 * mm
    margin_top = 22 * mm
    footer_height = margin_bottom = 47 * mm
    border_inset = 10 * mm
    qr_size = 24 * mm

    def __init__(self, data: DocumentData) -> None:
        super().__init__(data.language)
        self.data = data

    def render(self) -> bytes:
        """The certificate as PDF bytes."""
        buffer = io.BytesIO()
        data = self.data
        document, frame = self._document(buffer, data, data.title)
        document.addPageTemplates([PageTemplate("certificate", [frame], onPage=self._decorate)])
        body = KeepInFrame(frame._width, frame._height, self._story(), mode="shrink")
        document.build([body])
        return buffer.getvalue()

    # -- page decoration: border and verification footer

    def _decorate(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        canvas.saveState()
        inset = self.border_inset
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.rect(inset, inset, self.width - 2 * inset, self.height - 2 * inset)
        canvas.setLineWidth(0.4)
        inner = inset + 1.6 * mm
        canvas.rect(inner, inner, self.width - 2 * inner, self.height - 2 * inner)
        self._draw_verification(canvas)
        canvas.restoreState()

    def _draw_verification(self, canvas: Canvas) -> None:
        data, styles = self.data, self.styles
        bottom = self.border_inset + 6 * mm
        top = bottom + self.qr_size + 3 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.margin_x, top, self.width - self.margin_x, top)
        qr_x = self._x(self.margin_x - 2 * mm, self.qr_size)
        draw_qr_code(canvas, data.verification_code, x=qr_x, y=bottom, size=self.qr_size)
        width = self.content_width - self.qr_size - 2 * mm
        x = self._x(self.margin_x + self.qr_size + 2 * mm, width)
        parts = [
            Paragraph(markup(data.labels.verification_code), styles["label"]),
            Paragraph(markup(data.verification_code), styles["code"]),
            Paragraph(markup(data.labels.verification_hint), styles["small"]),
            Paragraph(markup(data.labels.embedded_note), styles["small"]),
            Paragraph(markup(data.generator), styles["tiny"]),
        ]
        heights = [part.wrap(width, 100)[1] for part in parts]
        y = bottom + self.qr_size - 1 * mm
        for part, height in zip(parts, heights, strict=True):
            y -= height
            part.drawOn(canvas, x, y)
            y -= 1.5

    # -- the body

    def _story(self) -> list[Flowable]:
        data, styles, labels = self.data, self.styles, self.data.labels
        story: list[Flowable] = [
            Paragraph(
                markup(f"{data.framework_name.upper()} · {data.framework_version}"),
                styles["kicker"],
            ),
            Spacer(1, 4 * mm),
            Paragraph(
                markup(labels.certificate_title if data.eligible else labels.summary_title),
                styles["title"],
            ),
            *self._statement(),
            Spacer(1, 5 * mm),
            self._facts(),
            Spacer(1, 5 * mm),
            self._overall(),
            Spacer(1, 5 * mm),
            Paragraph(markup(labels.characteristics_heading), styles["h3"]),
            Paragraph(markup(labels.minimum_legend), styles["small"]),
            Spacer(1, 1.5 * mm),
            self._score_rows(),
        ]
        if not data.eligible and data.reasons:
            story += [
                Spacer(1, 4 * mm),
                Paragraph(markup(labels.reasons_heading), styles["h3"]),
                *(
                    Paragraph(markup(reason), styles["bullet"], bulletText="•")
                    for reason in data.reasons
                ),
            ]
        story += [Spacer(1, 4 * mm), Paragraph(markup(data.honesty_note), styles["centered_small"])]
        return story

    def _statement(self) -> list[Flowable]:
        """The sentence that says what this page is, the organization's name large inside
        it (a language may put the name first or last: an empty part is left out)."""
        data, styles = self.data, self.styles
        parts: list[Flowable] = []
        if data.statement_before:
            parts += [Paragraph(markup(data.statement_before), styles["centered"])]
            parts += [Spacer(1, 2 * mm)]
        parts.append(self._organization_name())
        if data.statement_after:
            parts += [Spacer(1, 2 * mm)]
            parts += [Paragraph(markup(data.statement_after), styles["centered"])]
        return parts

    def _organization_name(self) -> Paragraph:
        name = self.data.organization
        style = self.styles["name"].clone("organization")
        style.fontSize = fitted_size(
            name,
            self.fonts.bold,
            width=self.content_width,
            largest=22,
            smallest=11,
            lines=3,
        )
        style.leading = style.fontSize * 1.22
        return Paragraph(markup(name), style)

    def _facts(self) -> Table:
        styles = self.styles
        cells: list[list[Paragraph | str]] = [
            [
                Paragraph(markup(fact.label), styles["label"]),
                Paragraph(markup(fact.value), styles["value"]),
            ]
            for fact in self.data.facts
        ]
        columns = 3
        rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        if rows:
            rows[-1] += [[""]] * (columns - len(rows[-1]))
        table = Table(rows, colWidths=[self.content_width / columns] * columns, rtl=self.rtl)
        table.setStyle(
            table_style(
                self.fonts,
                [
                    ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LINEBELOW", (0, 0), (-1, -2), 1.5, WHITE),
                ],
            )
        )
        return table

    def _overall(self) -> Table:
        data, styles, labels = self.data, self.styles, self.data.labels
        eligibility_style = styles["value"].clone("eligibility")
        eligibility_style.textColor = ACCENT if data.eligible else BAR_LOW
        cells = [
            [
                Paragraph(markup(labels.overall), styles["label"]),
                Paragraph(markup(data.overall_text), styles["big_score"]),
            ],
            [
                Paragraph(markup(labels.band), styles["label"]),
                Paragraph(markup(data.band_name), styles["h2"].clone("band", spaceBefore=0)),
            ],
            [
                Paragraph(markup(data.completeness_text), styles["label"]),
                Paragraph(
                    markup(("✓ " if data.eligible else "✗ ") + data.eligibility_text),
                    eligibility_style,
                ),
            ],
        ]
        widths = [0.36, 0.26, 0.38]  # the first fits "100,0 / 100" in the big font
        table = Table([cells], colWidths=[self.content_width * w for w in widths], rtl=self.rtl)
        table.setStyle(
            table_style(
                self.fonts,
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                    ("LINEBEFORE", (1, 0), (-1, -1), 0.5, RULE),
                    (
                        "BACKGROUND",
                        (2, 0),
                        (2, 0),
                        ACCENT_LIGHT if data.eligible else WARNING_LIGHT,
                    ),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ],
            )
        )
        return table

    def _score_rows(self) -> Table:
        styles = self.styles
        bar_width = 44 * mm
        widths = [7 * mm, None, bar_width + 4 * mm, 26 * mm]
        fixed = sum(w for w in widths if w is not None)
        widths[1] = self.content_width - fixed
        rows = []
        for row in self.data.rows:
            score_style = styles["cell_bold"].clone("score", alignment=2)
            if row.below_minimum:
                score_style.textColor = BAR_LOW
            rows.append(
                [
                    Paragraph(f"{row.number}.", styles["cell"]),
                    Paragraph(markup(row.name), styles["cell"]),
                    ScoreBar(
                        row.score, row.minimum, width=bar_width, low=row.below_minimum, rtl=self.rtl
                    ),
                    [
                        Paragraph(markup(row.score_text), score_style),
                        Paragraph(
                            markup(row.minimum_text), styles["tiny"].clone("min", alignment=2)
                        ),
                    ],
                ]
            )
        table = Table(rows, colWidths=widths, rtl=self.rtl)
        table.setStyle(
            table_style(
                self.fonts,
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                    ("LEFTPADDING", (2, 0), (2, -1), 8),
                ],
            )
        )
        return table
