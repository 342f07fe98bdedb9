"""Names and folders to suggest when the user saves files: safe names, remembered folders."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

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


def documents_folder() -> Path:
    """The user's Documents folder (their home folder if the system has none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def remembered_folder(settings: QSettings, key: str) -> Path:
    """The folder kept under ``key`` if it still exists, else the Documents folder."""
    remembered = settings.value(key)
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_folder()
