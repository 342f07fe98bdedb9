"""Language choice, gettext catalogs for text outside Qt, and Babel formatting."""

from __future__ import annotations

import gettext
import os
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

#: Languages with complete translations; English is the source language.
SUPPORTED_LANGUAGES = ("en", "fr", "es")
DEFAULT_LANGUAGE = "en"
LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "sseassess"


def normalize(language: str | None) -> str | None:
    """``fr_CA.UTF-8`` -> ``fr``: the supported language closest to a locale name."""
    if not language:
        return None
    base = language.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0]
    base = base.lower()
    return base if base in SUPPORTED_LANGUAGES else None


def system_language() -> str:
    """The user's language from the environment, falling back to English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for candidate in os.environ.get(variable, "").split(":"):
            found = normalize(candidate)
            if found:
                return found
            if candidate and candidate not in ("C", "POSIX"):
                break
    return DEFAULT_LANGUAGE


def choose_language(requested: str | None = None) -> str:
    """``requested`` if supported, else the system language."""
    return normalize(requested) or system_language()


@cache
def translation(language: str) -> gettext.NullTranslations:
    """The gettext catalog for text outside Qt (CLI, PDF, error messages)."""
    return gettext.translation(DOMAIN, LOCALE_DIR, [language], fallback=True)


def format_score(value: float | None, language: str) -> str:
    """A 0-100 score with one decimal, in the reader's number format; "–" when none."""
    if value is None:
        return "–"
    from babel.numbers import format_decimal

    return format_decimal(round(value, 1), format="0.0", locale=language)


def format_integer(value: int, language: str) -> str:
    """A count in the reader's number format ("1,234", "1 234")."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=language)


def format_size(size: int, language: str) -> str:
    """A file size in the reader's words and number format: "512 bytes", "1,6 ko"."""
    from babel.numbers import format_decimal

    catalog = translation(language)
    if size < 1000:
        return catalog.ngettext("{count} byte", "{count} bytes", size).format(
            count=format_integer(size, language)
        )
    amount, template = (
        (size / 1000, catalog.gettext("{size} kB"))
        if size < 1_000_000
        else (size / 1_000_000, catalog.gettext("{size} MB"))
    )
    return template.format(size=format_decimal(round(amount, 1), "#,##0.##", locale=language))


def format_date(value: date, language: str) -> str:
    """A date in the reader's medium format, e.g. "15 oct. 2026"."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format="medium", locale=language)


def format_datetime(value: datetime, language: str) -> str:
    """A UTC time as the reader's local medium date and short time, e.g. "15 oct. 2026 14:05"."""
    from babel.dates import format_datetime as babel_format_datetime

    local = value.replace(tzinfo=UTC).astimezone()
    return babel_format_datetime(local, format="medium", locale=language)


def format_percent(value: float, language: str) -> str:
    """A share (0-1) as a whole percentage in the reader's format."""
    from babel.numbers import format_percent as babel_format_percent

    return babel_format_percent(value, locale=language)


def language_name(language: str) -> str:
    """A language named in itself, as a language menu shows it: "Français", "Español"."""
    from babel import Locale

    name = Locale.parse(language).get_display_name(language) or language
    return name[:1].upper() + name[1:]
