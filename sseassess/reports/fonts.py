"""The TTF fonts every PDF embeds (DejaVu Sans: Latin, Greek, Cyrillic), registered once."""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from importlib import resources

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

FAMILY = "SseassessSans"


@dataclass(frozen=True, slots=True)
class Fonts:
    """The registered font names to use in styles and on the canvas."""

    regular: str = FAMILY
    bold: str = f"{FAMILY}-Bold"
    italic: str = f"{FAMILY}-Oblique"


_FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
}
_lock = threading.Lock()
_registered: Fonts | None = None


def register_fonts() -> Fonts:
    """Register the bundled fonts with ReportLab (once per process); their names."""
    global _registered
    with _lock:
        if _registered is None:
            fonts = Fonts()
            folder = resources.files("sseassess.resources") / "fonts"
            for role, file_name in _FILES.items():
                data = (folder / file_name).read_bytes()
                pdfmetrics.registerFont(TTFont(getattr(fonts, role), io.BytesIO(data)))
            # <b> and <i> inside paragraphs pick the matching face.
            addMapping(FAMILY, 0, 0, fonts.regular)
            addMapping(FAMILY, 1, 0, fonts.bold)
            addMapping(FAMILY, 0, 1, fonts.italic)
            addMapping(FAMILY, 1, 1, fonts.bold)
            _registered = fonts
        return _registered
