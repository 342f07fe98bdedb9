"""Colours and paragraph styles shared by the certificate and the report."""

from __future__ import annotations

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import TableStyle  # type: ignore[import-untyped]

from sseassess.reports.fonts import Fonts

# A calm palette: deep blue ink, a teal accent, warm amber for what is below a minimum.
INK = colors.HexColor("#1F2A37")
MUTED = colors.HexColor("#5B6675")
ACCENT = colors.HexColor("#1D5C63")
ACCENT_LIGHT = colors.HexColor("#E7F0F0")
BAR = colors.HexColor("#3F8A8C")
BAR_LOW = colors.HexColor("#C9822B")
TRACK = colors.HexColor("#E4E8EC")
RULE = colors.HexColor("#C9D1D9")
WARNING_LIGHT = colors.HexColor("#FBF1E4")
#: A result that does not meet the rules: a plain, strong red-brown, not an award's colour.
FAIL = colors.HexColor("#9B2C1F")
FAIL_LIGHT = colors.HexColor("#F8E3DF")
DECLARED = colors.HexColor("#8A5A00")
WHITE = colors.white


def stylesheet(fonts: Fonts, rtl: bool = False) -> dict[str, ParagraphStyle]:
    """The paragraph styles, by name; for a right-to-left document (``rtl``) they say so
    (``wordWrap="RTL"``), and its paragraphs read left and right as start and end."""

    def style(name: str, **values: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": fonts.regular,
            "bulletFontName": fonts.regular,
            "fontSize": 9.5,
            "leading": 12.5,
            "textColor": INK,
            "alignment": TA_LEFT,
        }
        if rtl:
            base["wordWrap"] = "RTL"
        base.update(values)
        return ParagraphStyle(name, **base)

    return {
        "body": style("body", spaceAfter=4),
        "small": style("small", fontSize=8, leading=10, textColor=MUTED),
        "tiny": style("tiny", fontSize=7, leading=8.5, textColor=MUTED),
        "cell": style("cell", fontSize=8.5, leading=10.5),
        "cell_bold": style("cell_bold", fontName=fonts.bold, fontSize=8.5, leading=10.5),
        "cell_right": style("cell_right", fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        "status": style("status", fontSize=8.5, leading=10.5, textColor=MUTED),
        "status_low": style("status_low", fontSize=8.5, leading=10.5, textColor=BAR_LOW),
        "cell_header": style(
            "cell_header", fontName=fonts.bold, fontSize=8, leading=10, textColor=MUTED
        ),
        "kicker": style("kicker", fontSize=8.5, leading=11, textColor=ACCENT, alignment=TA_CENTER),
        "title": style(
            "title",
            fontName=fonts.bold,
            fontSize=26,
            leading=31,
            textColor=ACCENT,
            alignment=TA_CENTER,
            spaceAfter=6,
        ),
        "centered": style("centered", fontSize=10.5, leading=14, alignment=TA_CENTER),
        "centered_small": style(
            "centered_small", fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_CENTER
        ),
        "name": style("name", fontName=fonts.bold, alignment=TA_CENTER),
        "h1": style(
            "h1",
            fontName=fonts.bold,
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            spaceBefore=0,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "h2": style(
            "h2",
            fontName=fonts.bold,
            fontSize=12,
            leading=15,
            textColor=INK,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "h3": style(
            "h3",
            fontName=fonts.bold,
            fontSize=10,
            leading=13,
            textColor=INK,
            spaceBefore=2,
            spaceAfter=2,
        ),
        "description": style(
            "description", fontName=fonts.italic, fontSize=9, leading=12, textColor=MUTED
        ),
        "big_score": style(
            "big_score", fontName=fonts.bold, fontSize=22, leading=26, textColor=ACCENT
        ),
        "label": style("label", fontSize=8, leading=10, textColor=MUTED),
        "value": style("value", fontName=fonts.bold, fontSize=9.5, leading=12),
        "bullet": style("bullet", fontSize=8.5, leading=11, leftIndent=11, bulletIndent=1),
        "code": style("code", fontName=fonts.bold, fontSize=12.5, leading=15, textColor=INK),
        # "self-declared, not audited": beside every self-assessment title, never small print.
        "declared": style(
            "declared", fontName=fonts.bold, fontSize=12, leading=15, textColor=DECLARED
        ),
        "decision": style("decision", fontName=fonts.bold, fontSize=22, leading=27),
    }


def table_style(fonts: Fonts, commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose cells start in the embedded font (ReportLab's default is not)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular), *commands])
