"""The full report: cover, summary with radar chart, one section per characteristic, annex."""

# The participants' line is a ReportLab (untyped) Flowable.
# mypy: allow-subclassing-any

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)

from sseassess.reports.charts import ScoreBar, radar_chart
from sseassess.reports.data import DocumentData, Field, IndicatorEntry, Section, SpreadLine
from sseassess.reports.data import Table as TableData
from sseassess.reports.fonts import Fonts
from sseassess.reports.layout import (
    Paragraph,
    Table,
    ellipsized,
    markup,
    numbered_canvas,
    text_block,
)
from sseassess.reports.page import PageRenderer, verification_lines
from sseassess.reports.scripts import draw_string, text_width
from sseassess.reports.styles import (
    ACCENT,
    ACCENT_LIGHT,
    BAR,
    BAR_LOW,
    INK,
    MUTED,
    RULE,
    TRACK,
    WARNING_LIGHT,
    table_style,
)

#: Room a table cell's text must leave for the cell's padding (the widest our tables use).
_CELL_PADDING = 12.0


class ReportRenderer(PageRenderer):
    """Renders a :class:`DocumentData` as the full A4 report (PDF bytes)."""

    pagesize = A4
    margin_x = 20 * mm
    margin_top = 25 * mm
    margin_bottom = 20 * mm
    header_offset = 13 * mm
    footer_offset = 11 * mm
    qr_size = 27 * mm

    def __init__(self, data: DocumentData) -> None:
        super().__init__(data.language)
        self.data = data
        self._outline_keys = 0

    def render(self) -> bytes:
        """The report as PDF bytes."""
        buffer = io.BytesIO()
        data = self.data
        document, frame = self._document(buffer, data, f"{data.title} — {data.organization}")
        document.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._decorate_cover),
                PageTemplate("body", [frame], onPage=self._decorate_body),
            ]
        )

        def after_flowable(flowable: Flowable) -> None:
            outline = getattr(flowable, "outline", None)
            if outline is not None:
                title, level = outline
                self._outline_keys += 1
                key = f"section-{self._outline_keys}"
                document.canv.bookmarkPage(key)
                document.canv.addOutlineEntry(title, key, level=level, closed=True)

        document.afterFlowable = after_flowable
        document.build(self._story(), canvasmaker=numbered_canvas(self._decorate_numbered))
        return buffer.getvalue()

    # -- page decoration

    def _decorate_cover(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        data = self.data
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, self.height - 9 * mm, self.width, 9 * mm, stroke=0, fill=1)
        self._draw_verification_footer(
            canvas,
            self.margin_bottom + 4 * mm,
            data.qr_text or data.verification_code,
            verification_lines(data),
            rule_gap=5 * mm,
            text_drop=3 * mm,
        )
        canvas.restoreState()

    def _decorate_body(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        data = self.data
        canvas.saveState()
        y = self.height - self.header_offset
        size = 8
        title = ellipsized(data.title, self.fonts.regular, size, self.content_width * 0.4, self.rtl)
        title_width = text_width(title, self.fonts.regular, size, self.rtl)
        name = ellipsized(
            data.organization,
            self.fonts.bold,
            size,
            self.content_width - title_width - 8 * mm,
            self.rtl,
        )
        canvas.setFillColor(INK)
        canvas.setFont(self.fonts.bold, size)
        self._draw_at_edge(canvas, y, name)
        canvas.setFillColor(MUTED)
        canvas.setFont(self.fonts.regular, size)
        self._draw_at_edge(canvas, y, title, end=True)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.margin_x, y - 2.5 * mm, self.width - self.margin_x, y - 2.5 * mm)
        canvas.restoreState()

    def _decorate_numbered(self, canvas: Canvas, page: int, pages: int) -> None:
        data = self.data
        canvas.saveState()
        y = self.footer_offset
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.margin_x, y + 3.5 * mm, self.width - self.margin_x, y + 3.5 * mm)
        canvas.setFont(self.fonts.regular, 7.5)
        canvas.setFillColor(MUTED)
        self._draw_at_edge(canvas, y, f"{data.labels.verification_code}  {data.verification_code}")
        self._draw_at_edge(canvas, y, data.labels.page.format(page=page, pages=pages), end=True)
        canvas.restoreState()

    # -- story

    def _story(self) -> list[Flowable]:
        story = self._cover()
        story += [NextPageTemplate("body"), PageBreak()]
        story += self._summary()
        for section in self.data.sections:
            story += [PageBreak(), *self._section(section)]
        story += [PageBreak(), *self._findings()]
        story += self._actions()
        story += [PageBreak(), *self._methodology()]
        return story

    def _heading(self, text: str, style: str = "h1", level: int = 0) -> Paragraph:
        paragraph = Paragraph(markup(text), self.styles[style])
        paragraph.outline = (text, level)
        return paragraph

    def _cover(self) -> list[Flowable]:
        data = self.data
        kicker, title, name = self._cover_heading(
            data.framework_name, data.framework_version, data.title, data.organization
        )
        story: list[Flowable] = [
            Spacer(1, 14 * mm),
            kicker,
            Spacer(1, 3 * mm),
            title,
            Paragraph(markup(data.self_declared), self.styles["declared"]),
            Spacer(1, 4 * mm),
            name,
            Spacer(1, 2 * mm),
            HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=2, spaceAfter=8),
            self._fields(data.profile, label_share=0.34),
            Spacer(1, 6 * mm),
            self._status_box(),
        ]
        return story

    def _status_box(self) -> Table:
        data, styles = self.data, self.styles
        style = styles["value"].clone("eligibility", textColor=ACCENT if data.eligible else BAR_LOW)
        cells = [
            [
                Paragraph(markup(data.labels.band), styles["label"]),
                Paragraph(markup(data.band_name), styles["value"]),
            ],
            [
                Paragraph(markup(data.completeness_text), styles["label"]),
                Paragraph(markup(("✓ " if data.eligible else "✗ ") + data.eligibility_text), style),
            ],
        ]
        table = Table([cells], colWidths=[self.content_width / 2] * 2, rtl=self.rtl)
        table.setStyle(
            table_style(
                self.fonts,
                [
                    ("BACKGROUND", (0, 0), (0, 0), ACCENT_LIGHT),
                    (
                        "BACKGROUND",
                        (1, 0),
                        (1, 0),
                        ACCENT_LIGHT if data.eligible else WARNING_LIGHT,
                    ),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ("LINEBEFORE", (1, 0), (1, 0), 2, "white"),
                ],
            )
        )
        return table

    def _fields(self, fields: Sequence[Field], *, label_share: float) -> Table:
        styles = self.styles
        widths = [self.content_width * label_share, self.content_width * (1 - label_share)]
        rows = [
            [
                text_block(field.label, styles["label"], widths[0] - _CELL_PADDING),
                text_block(field.value, styles["cell"], widths[1] - _CELL_PADDING),
            ]
            for field in fields
        ]
        table = Table(rows, colWidths=widths, rtl=self.rtl)
        table.setStyle(
            table_style(
                self.fonts,
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ],
            )
        )
        return table

    def _summary(self) -> list[Flowable]:
        data, styles, labels = self.data, self.styles, self.data.labels
        overall = Table(
            [
                [
                    [
                        Paragraph(markup(labels.overall), styles["label"]),
                        Paragraph(markup(data.overall_text), styles["big_score"]),
                    ],
                    [
                        Paragraph(markup(labels.band), styles["label"]),
                        Paragraph(
                            markup(data.band_name), styles["h2"].clone("band", spaceBefore=0)
                        ),
                        Paragraph(markup(data.band_description), styles["small"]),
                    ],
                ]
            ],
            colWidths=[self.content_width * 0.36, self.content_width * 0.64],
            rtl=self.rtl,
        )
        overall.setStyle(
            table_style(
                self.fonts,
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                    ("LINEBEFORE", (1, 0), (1, 0), 0.5, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ],
            )
        )
        radar = radar_chart(
            [row.score for row in data.rows],
            [row.minimum for row in data.rows],
            [str(row.number) for row in data.rows],
            size=80 * mm,
            font=self.fonts.regular,
            bold_font=self.fonts.bold,
            clockwise=not self.rtl,
        )
        radar.hAlign = "CENTER"
        story: list[Flowable] = [self._heading(labels.summary_heading), overall]
        if data.workshop_note:
            note = styles["small"].clone("workshop_note", textColor=INK, spaceBefore=5)
            story.append(Paragraph(markup(data.workshop_note), note))
        story += [
            Spacer(1, 4 * mm),
            radar,
            Paragraph(markup(labels.radar_legend), styles["centered_small"]),
            Spacer(1, 4 * mm),
            self._score_table(),
            Spacer(1, 5 * mm),
        ]
        eligibility = styles["h3"].clone(
            "eligibility", textColor=ACCENT if data.eligible else BAR_LOW
        )
        story.append(
            Paragraph(
                markup(("✓ " if data.eligible else "✗ ") + data.eligibility_text + " · ")
                + markup(data.completeness_text),
                eligibility,
            )
        )
        if not data.eligible and data.reasons:
            story.append(Paragraph(markup(labels.reasons_heading), styles["body"]))
            story += [
                Paragraph(markup(reason), styles["bullet"], bulletText="•")
                for reason in data.reasons
            ]
        story += [Spacer(1, 3 * mm), Paragraph(markup(data.honesty_note), styles["small"])]
        return story

    def _score_table(self) -> Table:
        styles, labels = self.styles, self.data.labels
        widths = [10 * mm, 0.0, 24 * mm, 20 * mm, 28 * mm]
        widths[1] = self.content_width - sum(widths)
        headers = (
            labels.number_column,
            labels.characteristic_column,
            labels.score_column,
            labels.minimum_column,
            labels.status_column,
        )
        rows = [self._cells(headers, widths, styles["cell_header"])]
        for row in self.data.rows:
            status = styles["status_low" if row.below_minimum else "status"]
            texts = (str(row.number), row.name, row.score_text, row.minimum_text, row.status_text)
            row_styles = (
                styles["cell"],
                styles["cell"],
                styles["cell_bold"],
                styles["cell"],
                status,
            )
            rows.append(
                [
                    text_block(text, style, width - _CELL_PADDING)
                    for text, style, width in zip(texts, row_styles, widths, strict=True)
                ]
            )
        table = Table(rows, colWidths=widths, repeatRows=1, rtl=self.rtl)
        style = self._grid_style()
        style.add("RIGHTPADDING", (1, 0), (1, -1), 8)
        table.setStyle(style)
        return table

    @staticmethod
    def _cells(
        texts: Sequence[str], widths: Sequence[float], style: ParagraphStyle
    ) -> list[Flowable]:
        """One table row of plain texts in ``style``, each fitted to its column."""
        return [
            text_block(text, style, width - _CELL_PADDING)
            for text, width in zip(texts, widths, strict=True)
        ]

    def _grid_style(self) -> TableStyle:
        return table_style(
            self.fonts,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ],
        )

    def _section(self, section: Section) -> list[Flowable]:
        styles, row = self.styles, section.row
        score_style = styles["h2"].clone(
            "section_score",
            spaceBefore=0,
            spaceAfter=0,
            textColor=BAR_LOW if row.below_minimum else ACCENT,
        )
        bar_width = 70 * mm
        line = Table(
            [
                [
                    Paragraph(markup(row.score_text), score_style),
                    ScoreBar(
                        row.score, row.minimum, width=bar_width, low=row.below_minimum, rtl=self.rtl
                    ),
                    [
                        Paragraph(
                            markup(f"{row.minimum_text} · {row.status_text}"), styles["small"]
                        ),
                        Paragraph(markup(section.answered), styles["small"]),
                    ],
                ]
            ],
            colWidths=[34 * mm, bar_width + 6 * mm, self.content_width - bar_width - 40 * mm],
            rtl=self.rtl,
        )
        line.setStyle(
            table_style(
                self.fonts,
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ],
            )
        )
        story: list[Flowable] = [
            self._heading(f"{row.number}. {row.name}"),
            Paragraph(markup(section.description), styles["description"]),
            Spacer(1, 3 * mm),
            line,
            Spacer(1, 3 * mm),
        ]
        for entry in section.indicators:
            story += self._indicator(entry)
        return story

    def _indicator(self, entry: IndicatorEntry) -> list[Flowable]:
        styles, labels = self.styles, self.data.labels
        indent = 9 * mm
        question = styles["h3"].clone(
            "question", leftIndent=indent, bulletIndent=0, bulletFontName=self.fonts.bold
        )
        body = styles["body"].clone("indented", leftIndent=indent, spaceAfter=2)
        flag_style = styles["small"].clone(
            "flags", leftIndent=indent, textColor=BAR_LOW if entry.attention else ACCENT
        )
        head: list[Flowable] = [
            Paragraph(markup(entry.question), question, bulletText=entry.number)
        ]
        if entry.flags:
            head.append(Paragraph(markup(" · ".join(entry.flags)), flag_style))
        answer = f"<b>{markup(labels.answer)} {markup(entry.answer)}</b>"
        if entry.level_description:
            answer += f" — {markup(entry.level_description)}"
        head.append(Paragraph(answer, body))
        if entry.spread is not None:
            head.append(SpreadBars(entry.spread, self.fonts, indent=indent, rtl=self.rtl))
        story: list[Flowable] = [Spacer(1, 2 * mm), KeepTogether(head)]
        if entry.spread is not None:
            remark = styles["small"].clone("remark", leftIndent=indent + 4 * mm)
            story += [Paragraph(markup(text), remark) for text in entry.spread.remarks]
        for detail in entry.details:
            story.append(Paragraph(f"<i>{markup(detail.label)}</i> {markup(detail.value)}", body))
        if entry.evidence:
            story.append(Paragraph(f"<i>{markup(labels.evidence_heading)}</i>", body))
            width = self.content_width - indent
            widths = [width * 0.38, width * 0.14, width * 0.48]
            rows = [self._cells(labels.evidence_columns, widths, styles["cell_header"])]
            rows += [
                [
                    text_block(item.name, styles["cell"], widths[0] - _CELL_PADDING),
                    text_block(item.size, styles["cell"], widths[1] - _CELL_PADDING),
                    text_block(item.sha256, styles["tiny"], widths[2] - _CELL_PADDING),
                ]
                for item in entry.evidence
            ]
            table = Table(rows, colWidths=widths, repeatRows=1, rtl=self.rtl)
            table.setStyle(self._grid_style())
            table.hAlign = "RIGHT"
            story.append(table)
        story.append(
            HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=4, spaceAfter=0)
        )
        return story

    def _findings(self) -> list[Flowable]:
        data, styles, labels = self.data, self.styles, self.data.labels
        story: list[Flowable] = [self._heading(labels.findings_heading)]
        indent = 9 * mm
        item_style = styles["body"].clone(
            "finding", spaceAfter=0, leftIndent=indent, bulletIndent=0
        )
        detail_style = styles["small"].clone("finding_detail", leftIndent=indent, spaceAfter=5)
        for heading, findings, empty in (
            (labels.strengths_heading, data.strengths, labels.no_strengths),
            (labels.improvements_heading, data.improvements, labels.no_improvements),
        ):
            story.append(self._heading(heading, "h2", level=1))
            if not findings:
                story.append(Paragraph(markup(empty), styles["body"]))
            for finding in findings:
                story.append(
                    KeepTogether(
                        [
                            Paragraph(markup(finding.text), item_style, bulletText=finding.number),
                            Paragraph(markup(finding.detail), detail_style),
                        ]
                    )
                )
        return story

    def _actions(self) -> list[Flowable]:
        data, styles, labels = self.data, self.styles, self.data.labels
        story: list[Flowable] = [CondPageBreak(40 * mm), Spacer(1, 4 * mm)]
        story.append(self._heading(labels.actions_heading))
        if data.actions is None or not data.actions.rows:
            story.append(Paragraph(markup(labels.no_actions), styles["body"]))
            return story
        story.append(self._data_table(data.actions, [0.42, 0.17, 0.15, 0.14, 0.12]))
        return story

    def _data_table(self, data: TableData, shares: Sequence[float]) -> Table:
        styles = self.styles
        widths = [self.content_width * share for share in shares]
        rows = [self._cells(data.headers, widths, styles["cell_header"])]
        rows += [self._cells(row, widths, styles["cell"]) for row in data.rows]
        table = Table(rows, colWidths=widths, repeatRows=1, rtl=self.rtl)
        table.setStyle(self._grid_style())
        return table

    def _methodology(self) -> list[Flowable]:
        methodology, styles, labels = self.data.methodology, self.styles, self.data.labels
        story: list[Flowable] = [self._heading(labels.methodology_heading)]
        if methodology is None:
            return story
        story += [Paragraph(markup(text), styles["body"]) for text in methodology.paragraphs]
        story += [
            self._heading(labels.framework_heading, "h2", level=1),
            self._fields(methodology.framework, label_share=0.25),
            self._heading(labels.thresholds_heading, "h2", level=1),
            self._fields(methodology.thresholds, label_share=0.5),
            self._heading(labels.weights_heading, "h2", level=1),
            self._data_table(methodology.characteristics, [0.08, 0.58, 0.1, 0.12, 0.12]),
            self._heading(labels.indicator_weights_heading, "h2", level=1),
            self._data_table(methodology.indicators, [0.08, 0.64, 0.1, 0.18]),
            self._heading(labels.bands_heading, "h2", level=1),
            self._data_table(methodology.bands, [0.2, 0.12, 0.68]),
        ]
        return story


class SpreadBars(Flowable):
    """A workshop's participants on one indicator: a small bar and a count per level, then
    the median and spread (on a second line when the first is full)."""

    size: float = 7.5
    bar_width: float = 9 * mm
    bar_height = 4.2
    line_height = 11.0

    def __init__(self, line: SpreadLine, fonts: Fonts, *, indent: float, rtl: bool = False) -> None:
        super().__init__()
        self.line = line
        self.fonts = fonts
        self.indent = indent
        self.rtl = rtl  # drawn from the right, bars filling from the right
        self._two_lines = False

    def _width(self, text: str, bold: bool = False) -> float:
        font = self.fonts.bold if bold else self.fonts.regular
        return text_width(text, font, self.size, self.rtl)

    def _at(self, x: float, width: float) -> float:
        """Where something ``width`` wide at ``x`` from the start goes."""
        return self.width - x - width if self.rtl else x

    def _text(self, canvas: Canvas, x: float, y: float, text: str) -> None:
        """``text`` starting at ``x`` from the start (the left; the right in ``rtl``)."""
        if self.rtl:
            draw_string(canvas, self.width - x, y, text, align=TA_RIGHT, rtl=True)
        else:
            draw_string(canvas, x, y, text)

    def _count_width(self) -> float:
        return self._width(str(max(self.line.participants, 9))) + 2

    def _bars_width(self) -> float:
        group = self._width("0", bold=True) + 3 + self.bar_width + 2 + self._count_width() + 6
        return self._width(self.line.label) + 5 + group * len(self.line.counts)

    def _summary_width(self) -> float:
        width = self._width(self.line.summary)
        if self.line.divergent:
            width += self._width(" · ") + self._width(self.line.divergent_text, bold=True)
        return width

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        room = available_width - self.indent
        self._two_lines = self._bars_width() + self._summary_width() > room
        self.width = available_width
        self.height = self.line_height * (2 if self._two_lines else 1) + 2
        return self.width, self.height

    def draw(self) -> None:
        canvas, line = self.canv, self.line
        y = self.height - self.line_height + 1.5
        x = self.indent
        canvas.saveState()
        canvas.setFont(self.fonts.regular, self.size)
        canvas.setFillColor(MUTED)
        self._text(canvas, x, y, line.label)
        x += self._width(line.label) + 5
        total = max(line.participants, 1)
        for level, count in enumerate(line.counts):
            canvas.setFont(self.fonts.bold, self.size)
            canvas.setFillColor(INK)
            self._text(canvas, x, y, str(level))
            x += self._width("0", bold=True) + 3
            canvas.setFillColor(TRACK)
            canvas.rect(
                self._at(x, self.bar_width),
                y - 0.6,
                self.bar_width,
                self.bar_height,
                stroke=0,
                fill=1,
            )
            if count:
                canvas.setFillColor(BAR_LOW if line.divergent else BAR)
                filled = self.bar_width * min(count, total) / total
                canvas.rect(self._at(x, filled), y - 0.6, filled, self.bar_height, stroke=0, fill=1)
            x += self.bar_width + 2
            canvas.setFont(self.fonts.regular, self.size)
            canvas.setFillColor(INK if count else MUTED)
            self._text(canvas, x, y, str(count))
            x += self._count_width() + 6
        if self._two_lines:
            x, y = self.indent + self._width(line.label) + 5, y - self.line_height
        canvas.setFont(self.fonts.regular, self.size)
        canvas.setFillColor(MUTED)
        self._text(canvas, x, y, line.summary)
        if line.divergent:
            x += self._width(line.summary)
            separator = " · " if line.summary else ""
            self._text(canvas, x, y, separator)
            x += self._width(separator)
            canvas.setFont(self.fonts.bold, self.size)
            canvas.setFillColor(BAR_LOW)
            self._text(canvas, x, y, line.divergent_text)
        canvas.restoreState()
