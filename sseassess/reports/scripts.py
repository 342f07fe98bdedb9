"""Text in any script: split into runs by font and direction, shaped, broken into lines, drawn.

ReportLab prints Latin text well on its own; this module takes over where a text needs
more (``needs_scripts``):

* a character its Latin family lacks gets the face of its script, or of the first family of
  :data:`fonts.FALLBACK_CHAIN` that has it (Chinese and Korean in Noto Sans CJK); one that no
  family has (an emoji) is left out;
* Arabic and Hebrew are shaped by HarfBuzz through ReportLab's own optional support
  (``uharfbuzz``; ReportLab draws the shaped glyphs), and put in visual order by the Unicode
  bidirectional algorithm (python-bidi: ReportLab's own bidi needs ``rlbidi``, which is not
  published where we install from); lines are broken in logical order first;
* Chinese and Japanese break between any two ideographs (not before closing punctuation);
* a right-to-left document (``style.wordWrap == "RTL"``) reads alignment and indents as
  start and end: left-aligned text starts at the right margin.

A text is cut into *atoms*: the longest pieces in one font at one bidi level that a line
never breaks inside. Atoms are shaped and measured once (shaping is cached by font and
text); a line is a run of atoms, reordered for display by their levels (rule L2).
"""

# The paragraph is a ReportLab (untyped) Flowable.
# mypy: allow-subclassing-any

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from sseassess.reports.fonts import (
    LATIN,
    Fonts,
    Script,
    ShapingFont,
    register_fonts,
    script_for,
    simple_characters,
)

RTL = "RTL"
_STRONG_RTL = frozenset({"R", "AL"})
_STRONG = frozenset({"L", "R", "AL"})
#: Where a line may break between two characters of these scripts, with no space.
_BREAK_ANYWHERE = re.compile("[\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Kinsoku: no line starts with these, and none ends with the openers.
_NO_BREAK_BEFORE = frozenset("、。，．：；？！）」』】〕〉》”’・ー…‥〜々ゝゞヽヾ%,.:;?!)]}")
_NO_BREAK_AFTER = frozenset("（「『【〔〈《“‘([{")
_SPACES = re.compile(r"\s+")


def needs_scripts(text: str, rtl: bool = False) -> bool:
    """Whether ``text`` needs this module: a right-to-left document, or a character that
    ReportLab's Latin fast path cannot print as it comes."""
    return rtl or not simple_characters().issuperset(text)


# ---------------------------------------------------------------- direction


def is_rtl_style(style: ParagraphStyle) -> bool:
    """Whether a style belongs to a right-to-left document."""
    return str(getattr(style, "wordWrap", "") or "").upper() == RTL


def base_is_rtl(text: str, default: bool) -> bool:
    """The direction of a paragraph: that of its first strong character (rules P2, P3),
    else the document's."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in _STRONG:
            return kind in _STRONG_RTL
    return default


def bidi_levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character (rules X1-I2 of the Unicode
    bidirectional algorithm, by python-bidi; lines are reordered later, one by one)."""
    from bidi import algorithm  # type: ignore[import-untyped]

    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    levels = [storage["base_level"]] * len(text)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    return levels


def _mirrored(text: str) -> str:
    from bidi.mirror import MIRRORED  # type: ignore[import-untyped]

    return "".join(MIRRORED.get(character, character) for character in reversed(text))


# ---------------------------------------------------------------- shaping


@dataclass(frozen=True, slots=True)
class Atom:
    """A piece of text in one font at one bidi level that no line breaks inside."""

    text: str  #: logical order, as written
    font: str
    size: float
    level: int
    width: float
    #: What to draw, in visual order: a plain string, or ReportLab's shaped string.
    glyphs: Any
    space: bool = False
    #: A line may break after this atom.
    breakable: bool = False
    #: A forced line break (``<br/>``): no text.
    newline: bool = False
    shaped: bool = False


@lru_cache(maxsize=8)
def _harfbuzz_font(font_name: str) -> Any:
    import uharfbuzz  # type: ignore[import-untyped]

    font = pdfmetrics.getFont(font_name)
    return uharfbuzz.Font(font.hbFace)


@lru_cache(maxsize=20_000)
def _shape(font_name: str, text: str, rtl: bool) -> tuple[str, tuple[Any, ...], float]:
    """``text`` shaped by HarfBuzz: the characters that print its glyphs (visual order),
    ReportLab's shape data for them, and its width at 1 point."""
    import uharfbuzz

    font = pdfmetrics.getFont(font_name)
    assert isinstance(font, ShapingFont)
    hb_font = _harfbuzz_font(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.guess_segment_properties()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    uharfbuzz.shape(hb_font, buffer, {})
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    starts = sorted({info.cluster for info in infos})
    ends = {start: end for start, end in zip(starts, [*starts[1:], len(text)], strict=True)}
    scale = font.pdfScale
    seen: set[int] = set()
    characters: list[str] = []
    data = []
    advance_total = 0.0
    for info, position in zip(infos, positions, strict=True):
        cluster = info.cluster
        # The first glyph of a cluster reads as its characters; marks added to it read as none.
        cluster_text = "" if cluster in seen else text[cluster : ends[cluster]]
        seen.add(cluster)
        width = scale(hb_font.get_glyph_h_advance(info.codepoint))
        characters.append(font.code_for(info.codepoint, cluster_text, width))
        advance = scale(position.x_advance)
        advance_total += advance
        data.append(
            ShapeData(
                cluster,
                advance,
                scale(position.y_advance),
                scale(position.x_offset),
                scale(position.y_offset),
                width,
            )
        )
    return "".join(characters), tuple(data), advance_total / 1000


@lru_cache(maxsize=20_000)
def _atom(text: str, script: Script, role: str, size: float, level: int) -> Atom:
    font = script.font_name(role)
    space = text.isspace()
    if script.shaped:
        characters, data, unit_width = _shape(font, text, level % 2 == 1)
        glyphs = ShapedStr(characters, shapeData=list(data))
        return Atom(text, font, size, level, unit_width * size, glyphs, space, shaped=True)
    glyphs = _mirrored(text) if level % 2 else text
    width = pdfmetrics.stringWidth(text, font, size)
    return Atom(text, font, size, level, width, glyphs, space)


def _breaks_between(before: str, after: str) -> bool:
    """A line may break between these two characters (with no space between them)."""
    if before in _NO_BREAK_AFTER or after in _NO_BREAK_BEFORE:
        return False
    return bool(_BREAK_ANYWHERE.match(before) or _BREAK_ANYWHERE.match(after))


Span = tuple[str, str]  #: a text and the role of its face: regular, bold, italic


_WORDS = re.compile(r"\S+|\s+")


def atoms(spans: Sequence[Span], size: float, rtl: bool) -> list[Atom]:
    """The atoms of a paragraph (logical order); ``"\\n"`` in a span is a forced break."""
    text = "".join(part for part, _role in spans)
    simple = simple_characters()
    if "\n" not in text and simple.issuperset(text) and not base_is_rtl(text, rtl):
        # Latin text, left to right (in a right-to-left document too): words and spaces.
        return [
            _with_break(_atom(match.group(), LATIN, role, size, 0), match.group().isspace())
            for part, role in spans
            for match in _WORDS.finditer(part)
        ]
    roles = [role for part, role in spans for _character in part]
    base_rtl = base_is_rtl(text, rtl)
    if base_rtl or any(unicodedata.bidirectional(c) in _STRONG_RTL for c in text):
        levels = bidi_levels(text, base_rtl)
    else:
        levels = [0] * len(text)
    result: list[Atom] = []
    start = 0
    previous: Script | None = None
    key: tuple[Any, ...] | None = None
    pieces: list[tuple[int, int, Script, str, int]] = []
    for index, character in enumerate(text):
        if character == "\n":
            script: Script | None = LATIN
        else:
            script = script_for(character, previous)
        if script is None:  # no face has it: left out (its level still counted)
            if key is not None:
                pieces.append((start, index, *key))
                key = None
            continue
        previous = script
        new_key = (script, roles[index], levels[index])
        kind = "\n" if character == "\n" else ("space" if character.isspace() else "text")
        boundary = (
            key is None
            or new_key != key
            or kind != _kind(text[index - 1])
            or kind == "\n"
            or (kind == "text" and _breaks_between(text[index - 1], character))
        )
        if boundary:
            if key is not None:
                pieces.append((start, index, *key))
            start, key = index, new_key
    if key is not None:
        pieces.append((start, len(text), *key))
    for position, (first, last, script, role, level) in enumerate(pieces):
        piece = text[first:last]
        if piece == "\n":
            result.append(Atom("", LATIN.font_name(role), size, level, 0.0, "", newline=True))
            continue
        atom = _atom(piece, script, role, size, level)
        following = text[last : last + 1]
        breakable = (
            atom.space
            or not following
            or following.isspace()
            or (position + 1 < len(pieces) and _breaks_between(piece[-1], following))
        )
        result.append(_with_break(atom, breakable))
    return result


def _kind(character: str) -> str:
    return "\n" if character == "\n" else ("space" if character.isspace() else "text")


@lru_cache(maxsize=20_000)
def _with_break(atom: Atom, breakable: bool) -> Atom:
    if atom.breakable == breakable:
        return atom
    return Atom(
        atom.text,
        atom.font,
        atom.size,
        atom.level,
        atom.width,
        atom.glyphs,
        atom.space,
        breakable,
        atom.newline,
        atom.shaped,
    )


# ---------------------------------------------------------------- lines


@dataclass(frozen=True, slots=True)
class Line:
    """Atoms that fill one line (logical order, no trailing spaces) and their width."""

    atoms: tuple[Atom, ...]
    width: float
    rtl: bool  #: the paragraph's base direction
    #: How many of the paragraph's atoms this line and those before it used up.
    stop: int = 0


def _split_long(atom: Atom, room: float) -> list[Atom]:
    """An unshaped atom wider than a whole line, cut into pieces that fit."""
    pieces: list[Atom] = []
    text = atom.text
    while text:
        cut = len(text)
        while cut > 1 and pdfmetrics.stringWidth(text[:cut], atom.font, atom.size) > room:
            cut -= 1
        part = text[:cut]
        glyphs = _mirrored(part) if atom.level % 2 else part
        width = pdfmetrics.stringWidth(part, atom.font, atom.size)
        pieces.append(Atom(part, atom.font, atom.size, atom.level, width, glyphs, breakable=True))
        text = text[cut:]
    pieces[-1] = _with_break(pieces[-1], atom.breakable)
    return pieces


def break_lines(items: Sequence[Atom], widths: Sequence[float], rtl: bool) -> list[Line]:
    """Greedy line breaking: ``widths[i]`` is the room of line ``i`` (the last repeats)."""
    lines: list[Line] = []
    current: list[Atom] = []
    width = 0.0

    def room() -> float:
        return widths[min(len(lines), len(widths) - 1)]

    def finish(stop: int) -> None:
        nonlocal current, width
        while current and current[-1].space:
            width -= current.pop().width
        lines.append(Line(tuple(current), max(width, 0.0), rtl, stop))
        current, width = [], 0.0

    def place(start: int, stop: int) -> None:
        """Put ``items[start:stop]``, which no line breaks inside, on the lines."""
        nonlocal width
        group = list(items[start:stop])
        if current and width + _ink(group) > room():
            finish(start)
        if not current:
            while group and group[0].space:
                group = group[1:]
            if len(group) == 1 and not group[0].shaped and group[0].width > room():
                pieces = _split_long(group[0], room())
                for piece in pieces[:-1]:
                    current.append(piece)
                    width += piece.width
                    finish(start)
                group = pieces[-1:]
        current.extend(group)
        width += sum(atom.width for atom in group)

    start = 0
    for index, atom in enumerate(items):
        if atom.newline:
            place(start, index)
            finish(index + 1)
            start = index + 1
        elif atom.breakable:
            place(start, index + 1)
            start = index + 1
    place(start, len(items))
    if current or not lines or start < len(items):
        finish(len(items))
    return lines


def _ink(group: Sequence[Atom]) -> float:
    """The width a group adds to a line if the line ends after it (trailing spaces hang)."""
    end = len(group)
    while end and group[end - 1].space:
        end -= 1
    return sum(atom.width for atom in group[:end])


def visual_order(line: Line) -> list[Atom]:
    """The atoms of a line from left to right (rule L2: reverse runs from the highest level
    down to the lowest odd one)."""
    items = list(line.atoms)
    if not items:
        return items
    levels = [atom.level for atom in items]
    highest = max(levels)
    odd = [level for level in levels if level % 2]
    if not odd and highest == 0:
        return items
    lowest_odd = min(odd) if odd else highest + 1
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(items):
            if items[index].level >= level:
                end = index
                while end < len(items) and items[end].level >= level:
                    end += 1
                items[index:end] = items[index:end][::-1]
                index = end
            else:
                index += 1
    return items


def draw_line(canvas: Canvas, x: float, y: float, line: Line) -> None:
    """Draw a line with its left end at ``x``, in one text object (a PDF reader then reads
    the line as one), atoms of one font in one string."""
    ordered = visual_order(line)
    text = canvas.beginText(x, y)
    index = 0
    while index < len(ordered):
        first = ordered[index]
        end = index + 1
        while (
            end < len(ordered)
            and ordered[end].font == first.font
            and ordered[end].size == first.size
            and ordered[end].shaped == first.shaped
        ):
            end += 1
        glyphs = ordered[index].glyphs
        for atom in ordered[index + 1 : end]:
            glyphs = glyphs + atom.glyphs
        if glyphs:
            text.setFont(first.font, first.size)
            text.textOut(glyphs)
        index = end
    canvas.drawText(text)


# ---------------------------------------------------------------- single lines on a canvas


@lru_cache(maxsize=2048)
def _single_line(text: str, font: str, size: float, rtl: bool) -> Line:
    fonts = register_fonts()
    items = [atom for atom in atoms([(text, fonts.role(font))], size, rtl) if not atom.newline]
    while items and items[-1].space:
        items.pop()
    while items and items[0].space:
        items.pop(0)
    return Line(tuple(items), sum(atom.width for atom in items), base_is_rtl(text, rtl))


def text_width(text: str, font: str, size: float, rtl: bool = False) -> float:
    """The width of ``text`` on one line, whatever its scripts."""
    if not needs_scripts(text, rtl):
        return float(pdfmetrics.stringWidth(text, font, size))
    return _single_line(text, font, size, rtl).width


def draw_string(
    canvas: Canvas, x: float, y: float, text: str, *, align: int = TA_LEFT, rtl: bool = False
) -> float:
    """Draw one line of ``text`` in the canvas's current font, its left end (``TA_LEFT``),
    right end (``TA_RIGHT``) or middle (``TA_CENTER``) at ``x``; its width."""
    font, size = canvas._fontname, canvas._fontsize
    if not needs_scripts(text, rtl):
        if align == TA_RIGHT:
            canvas.drawRightString(x, y, text)
        elif align == TA_CENTER:
            canvas.drawCentredString(x, y, text)
        else:
            canvas.drawString(x, y, text)
        return float(pdfmetrics.stringWidth(text, font, size))
    line = _single_line(text, font, size, rtl)
    if align == TA_RIGHT:
        x -= line.width
    elif align == TA_CENTER:
        x -= line.width / 2
    canvas.saveState()
    draw_line(canvas, x, y, line)
    canvas.restoreState()
    return line.width


def ellipsized(text: str, font: str, size: float, width: float, rtl: bool = False) -> str:
    """``text`` cut at its logical end with "…" so that it fits ``width`` on one line."""
    if text_width(text, font, size, rtl) <= width:
        return text
    while text and text_width(text + "…", font, size, rtl) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def line_count(text: str, font: str, size: float, width: float, rtl: bool = False) -> int:
    """How many lines ``text`` takes in a paragraph ``width`` points wide."""
    fonts = register_fonts()
    items = atoms([(_SPACES.sub(" ", text).strip(), fonts.role(font))], size, rtl)
    return len(break_lines(items, [width], rtl))


# ---------------------------------------------------------------- the paragraph

_TAG = re.compile(r"(<[^<>]*>)")


def parse_markup(markup: str, fonts: Fonts, base_role: str) -> list[Span]:
    """The spans of ReportLab paragraph markup: ``<b>``, ``<i>``, ``<br/>`` and entities
    (what :func:`layout.markup` and the renderers write); other tags are ignored."""
    bold = italic = 0
    spans: list[Span] = []
    for part in _TAG.split(markup):
        if not part:
            continue
        if part.startswith("<"):
            tag = part.strip("<>/ ").split()[0].lower() if part.strip("<>/ ") else ""
            closing = part.startswith("</")
            if tag in ("b", "strong"):
                bold += -1 if closing else 1
            elif tag in ("i", "em"):
                italic += -1 if closing else 1
            elif tag == "br":
                spans.append(("\n", base_role))
            continue
        text = _SPACES.sub(" ", html.unescape(part))
        role = "bold" if bold > 0 or base_role == "bold" else base_role
        if role == "regular" and italic > 0:
            role = "italic"
        spans.append((text, role))
    return spans


class ScriptParagraph(Flowable):
    """A paragraph of text in any script and either direction, set like ReportLab's
    :class:`Paragraph` would set it (first baseline, leading, indents, one bullet), for the
    markup :func:`parse_markup` reads. :class:`layout.Paragraph` makes one when a text or
    a document needs it."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        bulletText: str | None = None,
        *,
        items: Sequence[Atom] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bulletText = bulletText
        self.document_rtl = is_rtl_style(style)
        fonts = register_fonts()
        if items is None:
            spans = parse_markup(text, fonts, fonts.role(style.fontName))
            joined = "".join(part for part, _ in spans)
            self.rtl = base_is_rtl(joined, self.document_rtl)
            items = atoms(_trimmed(spans), style.fontSize, self.rtl)
        else:
            self.rtl = bool(items) and _first_level(items) % 2 == 1
        self._items = list(items)
        self._lines: list[Line] = []
        self._wrapped: float | None = None

    def _widths(self, available_width: float) -> list[float]:
        style = self.style
        room = available_width - style.leftIndent - style.rightIndent
        return [room - style.firstLineIndent, room]

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        if self._wrapped != available_width:
            self._lines = break_lines(self._items, self._widths(available_width), self.rtl)
            self._wrapped = available_width
        self.width = available_width
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        fits = int((available_height + 1e-6) // self.style.leading)
        if fits >= len(self._lines):
            return [self]
        if fits <= 0:
            return []
        first = ScriptParagraph(self.text, self.style, self.bulletText, items=self._items)
        first._lines, first._wrapped = self._lines[:fits], available_width
        first.width, first.height = available_width, fits * self.style.leading
        rest = self._items[self._lines[fits - 1].stop :]
        second = ScriptParagraph(self.text, _continued(self.style), items=rest)
        return [first, second]

    def minWidth(self) -> float:
        return max((atom.width for atom in self._items), default=0.0)

    def getPlainText(self) -> str:
        return "".join(atom.text if not atom.newline else "\n" for atom in self._items)

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        mirror = self.document_rtl
        start_indent, end_indent = style.leftIndent, style.rightIndent
        alignment = style.alignment
        if alignment == TA_JUSTIFY:
            alignment = TA_LEFT
        if mirror and alignment in (TA_LEFT, TA_RIGHT):
            alignment = TA_RIGHT if alignment == TA_LEFT else TA_LEFT
        left_indent, right_indent = (
            (end_indent, start_indent)
            if mirror
            else (
                start_indent,
                end_indent,
            )
        )
        y = self.height - style.fontSize
        for number, line in enumerate(self._lines):
            first = style.firstLineIndent if number == 0 else 0.0
            left = left_indent + (0.0 if mirror else first)
            right = self.width - right_indent - (first if mirror else 0.0)
            if alignment == TA_RIGHT:
                x = right - line.width
            elif alignment == TA_CENTER:
                x = (left + right - line.width) / 2
            else:
                x = left
            draw_line(canvas, x, y, line)
            y -= style.leading
        if self.bulletText:
            self._draw_bullet(canvas, self.bulletText, mirror)
        canvas.restoreState()

    def _draw_bullet(self, canvas: Canvas, bullet: str, mirror: bool) -> None:
        style = self.style
        font = getattr(style, "bulletFontName", style.fontName)
        size = getattr(style, "bulletFontSize", style.fontSize)
        canvas.setFont(font, size)
        y = self.height - style.fontSize
        if mirror:
            draw_string(canvas, self.width - style.bulletIndent, y, bullet,
                        align=TA_RIGHT, rtl=True)  # fmt: skip
        else:
            draw_string(canvas, style.bulletIndent, y, bullet)


def _trimmed(spans: list[Span]) -> list[Span]:
    """Spans without the paragraph's leading and trailing spaces (as ReportLab strips)."""
    while spans and not spans[0][0].strip(" "):
        spans = spans[1:]
    while spans and not spans[-1][0].strip(" "):
        spans = spans[:-1]
    if spans:
        spans[0] = (spans[0][0].lstrip(" "), spans[0][1])
        spans[-1] = (spans[-1][0].rstrip(" "), spans[-1][1])
    return spans


def _first_level(items: Sequence[Atom]) -> int:
    return min((atom.level for atom in items if not atom.newline), default=0)


def _continued(style: ParagraphStyle) -> ParagraphStyle:
    """The style of a paragraph's rest on the next page: no space before, no first indent."""
    return style.clone(f"{style.name}_continued", spaceBefore=0, firstLineIndent=0)


def uncovered_characters(texts: Iterable[str]) -> set[str]:
    """Characters of ``texts`` that would be left out of a document (no face has them)."""
    from sseassess.reports.fonts import uncovered

    return uncovered(texts)
