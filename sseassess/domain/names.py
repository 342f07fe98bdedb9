"""Names people type or files carry (organizations, participants, evidence files), made safe
to show in one place.

A name is shown in lists, tables, terminals and PDFs next to scores. Whatever can change
how the text around it reads is taken out: control characters (a newline would add a fake
row to a listing), terminal escape sequences, bidirectional overrides and isolates (which
turn "001 / 0.59 :erocs llarevO" into a fake score), zero-width and other invisible
characters (which make a look-alike of another name). Spaces of every kind become one plain
space. Compatibility forms are kept (NFC, not NFKC): full-width or other scripts' letters
are real names.
"""

from __future__ import annotations

import re
import unicodedata

from sseassess.domain.text import N_, InputError

#: Longest names, in characters, once cleaned.
MAX_ORGANIZATION_NAME = 300
MAX_PARTICIPANT_NAME = 200
MAX_FILE_NAME = 255

#: ESC-introduced terminal sequences: CSI (ESC [ ... final byte), OSC (ESC ] ... BEL or
#: ESC \), and the two-character ones (ESC followed by one byte); the C1 CSI (U+009B) too.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x1b[@-_]?"
)

#: Invisible characters outside the "format" category that still render as nothing (Hangul
#: fillers, the Braille blank, the combining grapheme joiner, Mongolian vowel separator).
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u180e")

#: Characters a file name cannot carry on some system we run on.
_FILE_NAME_FORBIDDEN = frozenset('/\\:*?"<>|')


def clean_name(text: str) -> str:
    """``text`` without escapes, control, format (bidi, zero-width) or invisible
    characters, every run of spaces made one space, trimmed; in NFC form."""
    text = _ESCAPES.sub("", unicodedata.normalize("NFC", text))
    kept: list[str] = []
    for character in text:
        category = unicodedata.category(character)
        if category in ("Cc", "Zl", "Zp", "Zs"):
            kept.append(" ")  # a newline or a tab separates words; it is not a new line
        elif category in ("Cf", "Cs", "Co") or character in _INVISIBLE:
            continue
        else:
            kept.append(character)
    return " ".join("".join(kept).split())


def has_hidden_characters(text: str) -> bool:
    """Whether cleaning would change more than surrounding or repeated spaces."""
    return clean_name(text) != " ".join(text.split())


def organization_name(text: str) -> str:
    """A cleaned organization name; ``InputError`` when empty or too long."""
    return _checked(
        text,
        MAX_ORGANIZATION_NAME,
        N_("The organization needs a name."),
        N_("The name is too long ({length} characters; at most {maximum})."),
    )


def participant_name(text: str) -> str:
    """A cleaned participant name; ``InputError`` when empty or too long."""
    return _checked(
        text,
        MAX_PARTICIPANT_NAME,
        N_("A participant needs a name of 1 to {maximum} characters."),
        N_("A participant needs a name of 1 to {maximum} characters."),
    )


def file_name(text: str) -> str:
    """An evidence file's name as it is kept and shown: cleaned, without folders or
    characters a file system refuses, never "." or ".."; "file" when nothing is left.

    It is only ever shown: files are opened under a name sseassess makes (see
    :func:`safe_extension`), never under this one.
    """
    text = clean_name(text.replace("\\", "/").rsplit("/", 1)[-1])
    text = "".join("_" if character in _FILE_NAME_FORBIDDEN else character for character in text)
    text = text.strip(" .")
    if len(text) > MAX_FILE_NAME:
        stem, dot, suffix = text.rpartition(".")
        if dot and 0 < len(suffix) <= 16:
            text = stem[: MAX_FILE_NAME - len(suffix) - 1].rstrip(" .") + "." + suffix
        else:
            text = text[:MAX_FILE_NAME].rstrip(" .")
    return text or "file"


#: The media types an evidence file may be opened as, and the extension it is written with.
#: Anything else (programs, scripts, archives) is only saved where the user chooses.
_OPENABLE = {
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/csv": ".csv",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/tiff": ".tif",
    "application/msword": ".doc",
    "application/vnd.ms-excel": ".xls",
    "application/vnd.ms-powerpoint": ".ppt",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "application/vnd.oasis.opendocument.presentation": ".odp",
    "application/rtf": ".rtf",
    "audio/mpeg": ".mp3",
    "video/mp4": ".mp4",
}


def safe_extension(media_type: str) -> str | None:
    """The extension to open a file of ``media_type`` with, or None when it must not be
    handed to the desktop to open (a program, a script, an unknown type)."""
    return _OPENABLE.get(media_type.strip().lower())


def _checked(text: str, maximum: int, empty: str, too_long: str) -> str:
    name = clean_name(text)
    if not name:
        raise InputError(empty, maximum=maximum)
    if len(name) > maximum:
        raise InputError(too_long, length=len(name), maximum=maximum)
    return name
