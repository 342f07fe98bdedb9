"""File names to suggest when the user saves files: safe on every system, accents kept."""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)
_MAX_STEM = 120


def safe_file_name(text: str, fallback: str = "sseassess") -> str:
    """``text`` made safe as a file name on Windows, macOS and Linux (accents are kept)."""
    text = unicodedata.normalize("NFC", text)
    text = _UNSAFE.sub(" ", text)
    text = " ".join(text.split()).strip(" .")
    if len(text) > _MAX_STEM:
        text = text[:_MAX_STEM].rstrip(" .")
    if not text or _WINDOWS_RESERVED.match(text):
        return fallback
    return text
