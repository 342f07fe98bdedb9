"""Language choice, gettext catalogs for text outside Qt, and Babel formatting."""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

DEFAULT_LANGUAGE = "en"
LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "sseassess"
#: The region a catalog of a language with regional variants is taken from when a reader
#: names only the language ("pt" reads pt_BR; "zh" reads Simplified Chinese).
DEFAULT_REGIONS = {"pt": "pt_BR", "zh": "zh_CN"}
#: Regions that read another region's catalog before their base language's.
_CLOSEST_REGION = {"zh_HK": "zh_TW", "zh_MO": "zh_TW", "zh_SG": "zh_CN"}
#: Locale names with a script instead of a region (Qt's and Babel's ``zh_Hans_CN``).
_SCRIPT_REGIONS = {"hans": "CN", "hant": "TW"}
_CODE = re.compile(r"^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{4}))?(?:[_-]([A-Za-z]{2}|\d{3}))?$")


def shipped_languages(locale_dir: Path = LOCALE_DIR) -> tuple[str, ...]:
    """English (the source) and every language whose catalog the build compiled: adding a
    language is adding its catalogs, never editing a list in the code."""
    found = sorted(
        path.parent.parent.name for path in locale_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")
    )
    return (DEFAULT_LANGUAGE, *(language for language in found if language != DEFAULT_LANGUAGE))


#: The languages the interface, the messages and the documents can be read in.
SUPPORTED_LANGUAGES = shipped_languages()


def language_code(name: str | None) -> str | None:
    """``pt-br.UTF-8@euro`` -> ``pt_BR``, ``zh_Hans_CN`` -> ``zh_CN``: the form the catalogs,
    the .qm files and Babel use; ``None`` for ``C``, ``POSIX`` or nothing."""
    if not name:
        return None
    name = name.split(".", 1)[0].split("@", 1)[0]
    match = _CODE.match(name)
    if match is None or name.upper() in ("C", "POSIX"):
        return None
    language, script, region = match.groups()
    language = language.lower()
    if region is None and script is not None:
        region = _SCRIPT_REGIONS.get(script.lower())
    return f"{language}_{region.upper()}" if region else language


def best_match(code: str, available: Iterable[str]) -> str | None:
    """The language of ``available`` a reader of ``code`` reads best: the same, its base
    language (``pt_PT`` -> ``pt``), or another region of it (the default region first)."""
    available = tuple(available)
    if code in available:
        return code
    if _CLOSEST_REGION.get(code) in available:
        return _CLOSEST_REGION[code]
    base = code.split("_", 1)[0]
    if base in available:
        return base
    regional = [language for language in available if language.split("_", 1)[0] == base]
    if not regional:
        return None
    preferred = DEFAULT_REGIONS.get(base)
    return preferred if preferred in regional else regional[0]


def normalize(language: str | None) -> str | None:
    """``fr_CA.UTF-8`` -> ``fr``, ``pt_PT`` -> ``pt_PT``, ``pt`` or ``pt_BR`` (whichever is
    shipped): the supported language closest to a locale name."""
    code = language_code(language)
    return best_match(code, SUPPORTED_LANGUAGES) if code else None


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
    """The gettext catalog for text outside Qt (CLI, PDF, error messages): ``pt_PT`` falls
    back to ``pt``, then to the English source."""
    return gettext.translation(DOMAIN, LOCALE_DIR, [language], fallback=True)


@cache
def babel_locale(language: str) -> str:
    """The Babel locale that formats dates and numbers for ``language`` (English when
    Babel does not know it)."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(language_code(language) or DEFAULT_LANGUAGE))
    except (UnknownLocaleError, ValueError):
        return DEFAULT_LANGUAGE


def qt_base_catalog(language: str, folder: Path) -> Path | None:
    """The best of Qt's own catalogs (``qtbase_XX.qm``: Yes, No, Cancel...) in ``folder``
    for ``language``. PySide6 ships some languages only, some by region only
    (``qtbase_pt_BR.qm``, ``qtbase_zh_CN.qm``): ``pt`` and ``pt_PT`` get the Brazilian one
    rather than none. ``None`` when Qt has nothing close (its texts stay English)."""
    code = language_code(language)
    if code is None:
        return None
    available = {path.stem.removeprefix("qtbase_"): path for path in folder.glob("qtbase_*.qm")}
    found = best_match(code, available)
    return available[found] if found else None


def format_score(value: float | None, language: str) -> str:
    """A 0-100 score with one decimal, in the reader's number format; "–" when none."""
    if value is None:
        return "–"
    from babel.numbers import format_decimal

    return format_decimal(round(value, 1), format="0.0", locale=babel_locale(language))


def format_integer(value: int, language: str) -> str:
    """A count in the reader's number format ("1,234", "1 234")."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=babel_locale(language))


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
    return template.format(
        size=format_decimal(round(amount, 1), "#,##0.##", locale=babel_locale(language))
    )


def format_date(value: date, language: str) -> str:
    """A date in the reader's medium format, e.g. "15 oct. 2026"."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format="medium", locale=babel_locale(language))


def format_datetime(value: datetime, language: str) -> str:
    """A UTC time as the reader's local medium date and short time, e.g. "15 oct. 2026 14:05"."""
    from babel.dates import format_datetime as babel_format_datetime

    local = value.replace(tzinfo=UTC).astimezone()
    return babel_format_datetime(local, format="medium", locale=babel_locale(language))


def format_percent(value: float, language: str) -> str:
    """A share (0-1) as a whole percentage in the reader's format."""
    from babel.numbers import format_percent as babel_format_percent

    return babel_format_percent(value, locale=babel_locale(language))


@cache
def is_right_to_left(language: str) -> bool:
    """Whether ``language`` is written right to left (Arabic, Hebrew, Persian, Urdu): its
    windows and documents mirror their layout."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language_code(language) or DEFAULT_LANGUAGE)
    except (UnknownLocaleError, ValueError):
        return False
    return bool(locale.character_order == "right-to-left")


def language_name(language: str) -> str:
    """A language named in itself, as a language menu shows it: "Français", "Español"."""
    from babel import Locale

    locale = Locale.parse(babel_locale(language))
    name = locale.get_display_name(locale) or language
    return name[:1].upper() + name[1:]
