"""The blank paper questionnaire: a cover for the participant, then each characteristic's
questions with a tick box per level, N/A where allowed, and lines for a note."""

# Tick boxes and writing lines are ReportLab (untyped) Flowables.
# mypy: allow-subclassing-any

from __future__ import annotations

import io

from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from sseassess.reports.data import QuestionnaireData, QuestionnaireItem, QuestionnaireSection
from sseassess.reports.fonts import Fonts
from sseassess.reports.layout import Paragraph, Table, ellipsized, markup, numbered_canvas
from sseassess.reports.page import PageRenderer
from sseassess.reports.scripts import draw_string, text_width
from sseassess.reports.styles import ACCENT, ACCENT_LIGHT, INK, MUTED, RULE, table_style

#: Lines to write on: dark enough to survive a photocopier.
WRITING_LINE = MUTED


class QuestionnaireRenderer(PageRenderer):
    """Renders a :class:`QuestionnaireData` as a printable A4 form (PDF bytes)."""

    pagesize = A4
    margin_x = 18 * mm
    margin_top = 22 * mm
    margin_bottom = 18 * mm
    header_offset = 12 * mm
    footer_offset = 10 * mm
    indent = 9 * mm
    box = 9.0

    def __init__(self, data: QuestionnaireData) -> None:
        super().__init__(data.language)
        self.data = data

    def render(self) -> bytes:
        """The questionnaire as PDF bytes."""
        buffer = io.BytesIO()
        data = self.data
        document, frame = self._document(buffer, data, f"{data.title} — {data.organization}")
        document.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._decorate_cover),
                PageTemplate("body", [frame], onPage=self._decorate_body),
            ]
        )
        document.build(self._story(), canvasmaker=numbered_canvas(self._decorate_numbered))
        return buffer.getvalue()

    # -- page decoration

    def _decorate_cover(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, self.height - 9 * mm, self.width, 9 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def _decorate_body(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        """The organization, and a participant field: loose pages still say whose they are."""
        labels, size = self.data.labels, 8
        canvas.saveState()
        y = self.height - self.header_offset
        right = self.width - self.margin_x
        blank = 55 * mm
        label_width = text_width(labels.participant_header, self.fonts.regular, size, self.rtl)
        label_x = right - blank - label_width - 2 * mm
        name = ellipsized(
            self.data.organization,
            self.fonts.bold,
            size,
            label_x - self.margin_x - 6 * mm,
            self.rtl,
        )
        canvas.setFillColor(INK)
        canvas.setFont(self.fonts.bold, size)
        self._draw_at_edge(canvas, y, name)
        canvas.setFillColor(MUTED)
        canvas.setFont(self.fonts.regular, size)
        draw_string(
            canvas, self._x(label_x, label_width), y, labels.participant_header, rtl=self.rtl
        )
        canvas.setStrokeColor(WRITING_LINE)
        canvas.setLineWidth(0.5)
        blank_x = self._x(right - blank, blank)
        canvas.line(blank_x, y - 1, blank_x + blank, y - 1)
        canvas.setStrokeColor(RULE)
        canvas.line(self.margin_x, y - 3.5 * mm, right, y - 3.5 * mm)
        canvas.restoreState()

    def _decorate_numbered(self, canvas: Canvas, page: int, pages: int) -> None:
        data = self.data
        canvas.saveState()
        y = self.footer_offset
        right = self.width - self.margin_x
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.margin_x, y + 3.5 * mm, right, y + 3.5 * mm)
        canvas.setFont(self.fonts.regular, 7.5)
        canvas.setFillColor(MUTED)
        page_text = data.labels.page.format(page=page, pages=pages)
        room = (
            self.content_width - text_width(page_text, self.fonts.regular, 7.5, self.rtl) - 8 * mm
        )
        self._draw_at_edge(
            canvas,
            y,
            ellipsized(
                f"{data.framework_name}, {data.framework_version} · {data.title}",
                self.fonts.regular,
                7.5,
                room,
                self.rtl,
            ),
        )
        self._draw_at_edge(canvas, y, page_text, end=True)
        canvas.restoreState()

    # -- story

    def _story(self) -> list[Flowable]:
        story = self._cover()
        story.append(NextPageTemplate("body"))
        for section in self.data.sections:
            story += [PageBreak(), *self._section(section)]
        return story

    def _cover(self) -> list[Flowable]:
        data, styles, labels = self.data, self.styles, self.data.labels
        kicker, title, name = self._cover_heading(
            data.framework_name, data.framework_version, data.title, data.organization
        )
        number = styles["body"].clone(
            "instruction", leftIndent=7 * mm, bulletIndent=0, bulletFontName=self.fonts.bold
        )
        story: list[Flowable] = [
            Spacer(1, 10 * mm),
            kicker,
            Spacer(1, 3 * mm),
            title,
            Spacer(1, 3 * mm),
            name,
            Paragraph(markup(data.date_text), styles["description"]),
            HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=6, spaceAfter=10),
            self._participant_box(),
            Spacer(1, 8 * mm),
            Paragraph(markup(labels.instructions_heading), styles["h2"]),
        ]
        story += [
            Paragraph(markup(text), number, bulletText=f"{n}.")
            for n, text in enumerate(data.instructions, start=1)
        ]
        return story

    def _participant_box(self) -> Table:
        styles, labels = self.styles, self.data.labels
        label_width = 38 * mm
        inner = self.content_width - label_width
        columns = 3
        roles = [
            [TickBox(self.box), Paragraph(markup(role), styles["cell"])] for role in labels.roles
        ]
        roles += [["", ""]] * (-len(roles) % columns)
        role_rows = [
            [cell for pair in roles[start : start + columns] for cell in pair]
            for start in range(0, len(roles), columns)
        ]
        role_table = Table(
            role_rows,
            colWidths=[self.box + 2.5 * mm, inner / columns - self.box - 2.5 * mm] * columns,
            rtl=self.rtl,
        )
        role_table.setStyle(
            table_style(
                self.fonts,
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ],
            )
        )
        label = styles["label"].clone("box_label", fontName=self.fonts.bold, textColor=INK)
        table = Table(
            [
                [Paragraph(markup(labels.participant_name), label), ""],
                [Paragraph(markup(labels.role), label), role_table],
            ],
            colWidths=[label_width, inner],
            rowHeights=[14 * mm, None],
            rtl=self.rtl,
        )
        table.setStyle(
            table_style(
                self.fonts,
                [
                    ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                    ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                    ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                    ("VALIGN", (0, 1), (-1, 1), "TOP"),
                    ("LINEBELOW", (1, 0), (1, 0), 0.6, WRITING_LINE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 1), (-1, 1), 9),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ],
            )
        )
        return table

    def _section(self, section: QuestionnaireSection) -> list[Flowable]:
        styles = self.styles
        story: list[Flowable] = [
            Paragraph(markup(f"{section.number}. {section.name}"), styles["h1"]),
            Paragraph(markup(section.description), styles["description"]),
            Spacer(1, 2 * mm),
        ]
        for item in section.items:
            story.append(KeepTogether(self._item(item)))
        return story

    def _item(self, item: QuestionnaireItem) -> list[Flowable]:
        styles, labels = self.styles, self.data.labels
        question = styles["h3"].clone(
            "form_question",
            leftIndent=self.indent,
            bulletIndent=0,
            bulletFontName=self.fonts.bold,
            spaceBefore=0,
            spaceAfter=0,
        )
        identifier = styles["tiny"].clone("form_id", leftIndent=self.indent, spaceAfter=2)
        digit, cell = styles["cell_bold"], styles["cell"]
        rows: list[list[object]] = [
            [TickBox(self.box), Paragraph(str(level), digit), Paragraph(markup(text), cell)]
            for level, text in enumerate(item.levels)
        ]
        width = self.content_width - self.indent
        digit_width = 9 * mm
        text_column = width - self.box - 2 * mm - digit_width
        if item.not_applicable:
            rows.append(
                [
                    TickBox(self.box),
                    Paragraph(markup(labels.not_applicable), digit),
                    WritingLines(labels.reason, self.fonts, lines=1, gap=5.5 * mm, rtl=self.rtl),
                ]
            )
        levels = Table(rows, colWidths=[self.box + 2 * mm, digit_width, text_column], rtl=self.rtl)
        levels.setStyle(
            table_style(
                self.fonts,
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                ],
            )
        )
        levels.hAlign = "RIGHT"
        note = WritingLines(
            labels.note, self.fonts, lines=2, gap=7 * mm, indent=self.indent, rtl=self.rtl
        )
        return [
            Spacer(1, 2.5 * mm),
            Paragraph(markup(item.question), question, bulletText=item.number),
            Paragraph(markup(item.indicator_id), identifier),
            levels,
            Spacer(1, 4 * mm),
            note,
            HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=7, spaceAfter=0),
        ]


class TickBox(Flowable):
    """An empty square to tick, level with the first line of the text beside it."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.size, self.size + 0.4

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0.8, self.size, self.size, stroke=1, fill=0)
        self.canv.restoreState()


class WritingLines(Flowable):
    """``label`` followed by a line to write on, then ``lines - 1`` more full-width lines."""

    size = 8.0

    def __init__(
        self,
        label: str,
        fonts: Fonts,
        *,
        lines: int,
        gap: float,
        indent: float = 0.0,
        rtl: bool = False,
    ) -> None:
        super().__init__()
        self.rtl = rtl  # label at the right, lines running to the left
        self.label = label
        self.fonts = fonts
        self.lines = lines
        self.gap = gap
        self.indent = indent

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self._first_baseline() + (self.lines - 1) * self.gap + 2
        return self.width, self.height

    def _first_baseline(self) -> float:
        """From the top, where the label sits: level with a paragraph's first line."""
        return self.size + 1.5

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(self.fonts.regular, self.size)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(WRITING_LINE)
        canvas.setLineWidth(0.4)
        y = self.height - self._first_baseline()
        if self.rtl:
            draw_string(canvas, self.width - self.indent, y, self.label, align=TA_RIGHT, rtl=True)
        else:
            draw_string(canvas, self.indent, y, self.label)
        y -= 1
        label_width = text_width(self.label, self.fonts.regular, self.size, self.rtl)
        start = self.indent + label_width + 2 * mm
        for _line in range(self.lines):
            if self.rtl:
                canvas.line(0, y, self.width - start, y)
            else:
                canvas.line(start, y, self.width, y)
            y -= self.gap
            start = self.indent
        canvas.restoreState()
