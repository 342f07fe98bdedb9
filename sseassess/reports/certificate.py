"""The organization's one-page self-assessment certificate (or results, when the rules are
not met): what its own answers give, said as such, never dressed as an award."""

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

from sseassess.reports.charts import ScoreBar
from sseassess.reports.data import DocumentData
from sseassess.reports.layout import Paragraph, Table, fitted_size, markup
from sseassess.reports.page import PageRenderer, verification_lines
from sseassess.reports.styles import (
    ACCENT,
    ACCENT_LIGHT,
    BAR_LOW,
    DECLARED,
    FAIL,
    FAIL_LIGHT,
    RULE,
    WHITE,
    table_style,
)


class CertificateRenderer(PageRenderer):
    """Renders a :class:`DocumentData` as a one-page A4 self-assessment certificate.

    The title says "self-assessment" with "self-declared, not audited" beside it; the
    decision is the largest text on the page, in red-brown on a tinted band when the rules
    are not met; there is no frame or seal (only an issuer's charter certificate has one).
    Whatever the length of the texts, the page stays one page: long names get a smaller
    font, and the body shrinks to fit its frame if it must.
    """

    pagesize = A4
    margin_x = 24 * mm
    margin_top = 22 * mm
    footer_height = margin_bottom = 47 * mm
    border_inset = 10 * mm  # where the verification footer sits above the page's edge
    qr_size = 24 * mm

    def __init__(self, data: DocumentData) -> None:
        super().__init__(data.language)
        self.data = data

    def render(self) -> bytes:
        """The certificate as PDF bytes."""
        buffer = io.BytesIO()
        data = self.data
        document, frame = self._document(
            buffer, data, f"{data.certificate_title} — {data.organization}"
        )
        document.addPageTemplates([PageTemplate("certificate", [frame], onPage=self._decorate)])
        # Shrunk to one page, the story is laid out wider than the frame and scaled down:
        # its tables are hAlign="LEFT", else each would be centred in that wider width.
        body = KeepInFrame(frame._width, frame._height, self._story(), mode="shrink")
        document.build([body])
        return buffer.getvalue()

    # -- page decoration: border and verification footer

    def _decorate(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT if self.data.eligible else FAIL)
        canvas.rect(0, self.height - 6 * mm, self.width, 6 * mm, stroke=0, fill=1)
        self._draw_verification(canvas)
        canvas.restoreState()

    def _draw_verification(self, canvas: Canvas) -> None:
        data = self.data
        self._draw_verification_footer(
            canvas,
            self.border_inset + 6 * mm,
            data.qr_text or data.verification_code,
            verification_lines(data),
        )

    # -- the body

    def _story(self) -> list[Flowable]:
        data, styles, labels = self.data, self.styles, self.data.labels
        kicker = f"{data.framework_name.upper()} · {data.framework_version}"
        if data.framework_warning:
            kicker += f" — {data.framework_warning.upper()}"
        story: list[Flowable] = [
            Paragraph(markup(kicker), styles["kicker"].clone("left_kicker", alignment=0)),
            Spacer(1, 2 * mm),
            self._title(),
            Spacer(1, 3 * mm),
            self._organization_name(),
            Paragraph(markup(data.statement), styles["body"]),
            Spacer(1, 3 * mm),
            self._decision(),
            Spacer(1, 4 * mm),
            self._facts(),
            Spacer(1, 4 * mm),
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
        story += [Spacer(1, 4 * mm), Paragraph(markup(data.honesty_note), styles["small"])]
        return story

    def _title(self) -> Table:
        """The title, and "self-declared, not audited" beside it in a box of its own."""
        data, styles = self.data, self.styles
        title = styles["title"].clone("self_title", alignment=0, fontSize=18, leading=22)
        tag = styles["declared"].clone("tag", alignment=1, fontSize=10.5, leading=13)
        tag_width = 58 * mm
        table = Table(
            [
                [
                    Paragraph(markup(data.certificate_title), title),
                    Paragraph(markup(data.self_declared), tag),
                ]
            ],
            colWidths=[self.content_width - tag_width, tag_width],
            hAlign="LEFT",
            rtl=self.rtl,
        )
        table.setStyle(
            table_style(
                self.fonts,
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BOX", (1, 0), (1, 0), 1.2, DECLARED),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("TOPPADDING", (1, 0), (1, 0), 4),
                    ("BOTTOMPADDING", (1, 0), (1, 0), 5),
                ],
            )
        )
        return table

    def _decision(self) -> Table:
        """The decision, the largest text of the page, over the score, band and counts."""
        data, styles, labels = self.data, self.styles, self.data.labels
        colour = ACCENT if data.eligible else FAIL
        decision = styles["decision"].clone("decision_text", textColor=colour)
        mark = "✓ " if data.eligible else "✗ "
        small = styles["value"].clone("result_line", fontSize=11, leading=14)
        line = " · ".join(
            part
            for part in (
                f"{labels.overall}: {data.overall_text}",
                f"{labels.band}: {data.band_name}",
                data.counts_text,
            )
            if part
        )
        table = Table(
            [
                [Paragraph(markup(mark + data.eligibility_text), decision)],
                [Paragraph(markup(line), small)],
                [Paragraph(markup(data.completeness_text), styles["label"])],
            ],
            colWidths=[self.content_width],
            hAlign="LEFT",
            rtl=self.rtl,
        )
        table.setStyle(
            table_style(
                self.fonts,
                [
                    ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT if data.eligible else FAIL_LIGHT),
                    ("LINEBEFORE", (0, 0), (0, -1), 4, colour),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (0, 0), 8),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ],
            )
        )
        return table

    def _organization_name(self) -> Paragraph:
        name = self.data.organization
        style = self.styles["name"].clone("organization", alignment=0)
        style.fontSize = fitted_size(
            name,
            self.fonts.bold,
            width=self.content_width,
            largest=17,
            smallest=10,
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
        table = Table(
            rows,
            colWidths=[self.content_width / columns] * columns,
            hAlign="LEFT",
            rtl=self.rtl,
        )
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
        table = Table(rows, colWidths=widths, hAlign="LEFT", rtl=self.rtl)
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
