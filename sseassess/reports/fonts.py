"""The TTF fonts every PDF embeds, one family per script, and the fallback chain by script.

* Latin, Greek, Cyrillic and symbols: DejaVu Sans (the family styles name);
* Arabic: Noto Sans Arabic; Hebrew: Noto Sans Hebrew (both shaped with HarfBuzz);
* Chinese, Japanese kana and Korean: Noto Sans CJK SC, cut down to about 10,000 characters
  by ``packaging/subset_cjk_font.py`` (registered only when a text needs it).

Every face is embedded as a subset of the glyphs a document uses. A character that no face
has (an emoji, a rare ideograph outside the CJK subset) is left out rather than printed as
an empty box.
"""

# The shaping font subclasses ReportLab's (untyped) TTFont.
# mypy: allow-subclassing-any

from __future__ import annotations

import io
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont  # type: ignore[import-untyped]

from sseassess.resource_files import resource_path

FAMILY = "SseassessSans"
ROLES = ("regular", "bold", "italic")


@dataclass(frozen=True, slots=True)
class Fonts:
    """The registered font names to use in styles and on the canvas (the Latin family;
    :mod:`sseassess.reports.scripts` finds the other scripts' faces from these)."""

    regular: str = FAMILY
    bold: str = f"{FAMILY}-Bold"
    italic: str = f"{FAMILY}-Oblique"

    def role(self, font_name: str) -> str:
        """``regular``, ``bold`` or ``italic``: what a style's font name asks for."""
        if font_name == self.bold:
            return "bold"
        if font_name == self.italic:
            return "italic"
        return "regular"


@dataclass(frozen=True, slots=True)
class Script:
    """A family of faces for some scripts: its files by role (italic may reuse regular)."""

    name: str
    files: tuple[str, str, str]  # regular, bold, italic
    #: Whether its text goes through HarfBuzz (joining, marks, right-to-left order).
    shaped: bool = False

    def font_name(self, role: str) -> str:
        if self.name == "latin":
            return getattr(Fonts(), role)  # type: ignore[no-any-return]
        return f"{FAMILY}-{self.name}-{role}"


LATIN = Script("latin", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"))
ARABIC = Script(
    "arabic",
    ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", "NotoSansArabic-Regular.ttf"),
    shaped=True,
)
HEBREW = Script(
    "hebrew",
    ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", "NotoSansHebrew-Regular.ttf"),
    shaped=True,
)
CJK = Script(
    "cjk",
    (
        "NotoSansCJKsc-Regular.subset.ttf",
        "NotoSansCJKsc-Bold.subset.ttf",
        "NotoSansCJKsc-Regular.subset.ttf",
    ),
)
#: Where a character that its own script's family lacks is looked for, in order.
FALLBACK_CHAIN = (LATIN, ARABIC, HEBREW, CJK)

_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
_HEBREW_RANGES = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
_CJK_RANGES = (
    (0x1100, 0x11FF),  # Hangul jamo
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK punctuation
    (0x3040, 0x30FF),  # kana
    (0x3100, 0x312F),  # bopomofo
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0x31F0, 0x31FF),
    (0x3200, 0x32FF),
    (0x3400, 0x4DBF),  # ideographs, extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xA960, 0xA97F),
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),  # full- and half-width forms
    (0x20000, 0x3134F),
)


def _in(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(first <= code <= last for first, last in ranges)


def script_of(character: str) -> Script:
    """The family whose script ``character`` belongs to (Latin for everything common)."""
    code = ord(character)
    if code < 0x0590:
        return LATIN
    if _in(code, _ARABIC_RANGES):
        return ARABIC
    if _in(code, _HEBREW_RANGES):
        return HEBREW
    if _in(code, _CJK_RANGES):
        return CJK
    return LATIN


class ShapingFont(TTFont):
    """A TrueType font that can also print glyphs its character map does not reach (an
    Arabic letter's initial form, a ligature) and still tells a PDF reader which characters
    they stand for: each such glyph gets a private code whose ``ToUnicode`` entry is the
    logical text of its cluster, so text extraction and ``verify`` read the real words."""

    def __init__(self, name: str, data: Any) -> None:
        super().__init__(name, data)
        self._lock = threading.Lock()
        self._private: dict[tuple[int, str], int] = {}
        self._actual: dict[int, str] = {}
        self._next_private = 0xE000

    def code_for(self, glyph: int, text: str, advance: float) -> str:
        """The character that prints ``glyph`` and reads as ``text``."""
        if len(text) == 1 and self.face.charToGlyph.get(ord(text)) == glyph:
            return text  # the character's own glyph: its code says what it is
        key = (glyph, text)
        code = self._private.get(key)
        if code is None:
            with self._lock:
                code = self._private.get(key)
                if code is None:
                    code = self._next_private
                    char_to_glyph = self.face.charToGlyph
                    while code in char_to_glyph:
                        code += 1
                    if code > 0xF8FF:
                        raise ValueError(f"{self.fontName}: no private code left")
                    self._next_private = code + 1
                    char_to_glyph[code] = glyph
                    self.face.charWidths[code] = advance
                    self._actual[code] = text
                    self._private[key] = code
        return chr(code)

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        actual = self._actual
        for number, subset in enumerate(subsets):
            if not any(code in actual for code in subset):
                continue
            base = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX))
            name = base.decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + name)
            if stream is not None:
                stream.content = _to_unicode_cmap(name, subset, actual)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(name: str, subset: list[int], actual: dict[int, str]) -> str:
    """ReportLab's ``ToUnicode`` CMap of a subset, with private codes mapped to their text."""
    entries = [
        f"<{index:02X}> <{_utf16_hex(actual.get(code, chr(code)))}>"
        for index, code in enumerate(subset)
        if actual.get(code, "x")
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({name})",
            f"/Ordering ({name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(entries)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


_lock = threading.Lock()
_registered: Fonts | None = None
_scripts_registered: set[str] = set()


def _read(file_name: str) -> bytes:
    return resource_path("fonts", file_name).read_bytes()


def register_script(script: Script) -> None:
    """Register a script's faces with ReportLab (once per process)."""
    if script.name in _scripts_registered:
        return
    with _lock:
        if script.name in _scripts_registered:
            return
        for role, file_name in zip(ROLES, script.files, strict=True):
            data = io.BytesIO(_read(file_name))
            font = ShapingFont(script.font_name(role), data) if script.shaped else None
            pdfmetrics.registerFont(font or TTFont(script.font_name(role), data))
        if script is LATIN:
            # <b> and <i> inside paragraphs pick the matching face.
            fonts = Fonts()
            addMapping(FAMILY, 0, 0, fonts.regular)
            addMapping(FAMILY, 1, 0, fonts.bold)
            addMapping(FAMILY, 0, 1, fonts.italic)
            addMapping(FAMILY, 1, 1, fonts.bold)
        _scripts_registered.add(script.name)


def register_fonts() -> Fonts:
    """Register the Latin faces (the others register when a text first needs them)."""
    global _registered
    if _registered is None:
        register_script(LATIN)
        _registered = Fonts()
    return _registered


def _covered(script: Script) -> frozenset[int]:
    """The characters every face of ``script`` has."""
    register_script(script)
    maps = [pdfmetrics.getFont(script.font_name(role)).face.charToGlyph for role in ROLES]
    codes = set(maps[0])
    for other in maps[1:]:
        codes &= set(other)
    return frozenset(code for code in codes if not 0xE000 <= code <= 0xF8FF)


_coverage: dict[str, frozenset[int]] = {}


def covers(script: Script, character: str) -> bool:
    """Whether every face of ``script`` has ``character``."""
    codes = _coverage.get(script.name)
    if codes is None:
        codes = _coverage[script.name] = _covered(script)
    return ord(character) in codes


#: Characters that steer the layout and are never printed themselves.
_FORMAT_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


@cache
def script_for(character: str, previous: Script | None = None) -> Script | None:
    """The family that prints ``character``: its script's, or the first in the fallback
    chain that has it; a mark, space, digit or punctuation stays with the text before it
    (``previous``) when that face has it; ``None`` when no family has it or it is a layout
    control."""
    if character in _FORMAT_CONTROLS:
        return None
    own = script_of(character)
    if (
        previous is not None
        and previous is not own
        and (unicodedata.combining(character) or (own is LATIN and not character.isalpha()))
        and covers(previous, character)
    ):
        # Marks, spaces, digits and punctuation stay in the face of the text around them:
        # an Arabic phrase is one run, which a PDF reader reads back in logical order.
        return previous
    if covers(own, character):
        return own
    for script in FALLBACK_CHAIN:
        if script is not own and covers(script, character):
            return script
    return None


def simple_characters() -> frozenset[str]:
    """Characters the Latin family prints as they come, left to right, with no shaping:
    a text of only these takes ReportLab's own fast paths."""
    register_fonts()
    return _simple()


@cache
def _simple() -> frozenset[str]:
    return frozenset(
        chr(code)
        for code in _covered(LATIN)
        if script_of(chr(code)) is LATIN and unicodedata.bidirectional(chr(code)) not in _STRONG_RTL
    )


_STRONG_RTL = frozenset({"R", "AL", "RLE", "RLO", "RLI", "AN"})


def uncovered(texts: Iterable[str]) -> set[str]:
    """The printable characters of ``texts`` that no bundled face has."""
    missing = set()
    for text in texts:
        for character in set(text):
            if character.isspace() or unicodedata.category(character) in ("Cc", "Cf"):
                continue
            if script_for(character) is None:
                missing.add(character)
    return missing
