"""Text helpers shared by the views: Qt-style ``%1`` placeholders, numbers and dates in the
reader's format.

PySide's ``tr()`` returns a plain ``str``, so placeholders are filled here.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale

from sseassess.i18n import babel_locale

_PLACEHOLDER = re.compile(r"%([1-9])")


def arg(text: str, *values: object) -> str:
    """``arg(self.tr("%1 of %2"), 3, 5)`` -> "3 of 5", in one pass (values are not rescanned)."""

    def replace(match: re.Match[str]) -> str:
        position = int(match.group(1)) - 1
        return str(values[position]) if position < len(values) else match.group(0)

    return _PLACEHOLDER.sub(replace, text)


def number(value: float, language: str) -> str:
    """A count, a level or a median in the reader's number format (2.5 -> "2,5" in French)."""
    from babel.numbers import format_decimal

    return format_decimal(value, format="#,##0.#", locale=language)


def qt_locale(language: str) -> QLocale:
    """The ``QLocale`` of ``language``, named as Babel names it (``zh_CN`` -> ``zh_Hans_CN``)."""
    return QLocale(babel_locale(language))


def date_format(language: str) -> str:
    """The reader's short date format as Qt writes it ("dd/MM/yyyy" in French, "M/d/yyyy"
    in English), the year always in four digits: what a date field shows and reads, and how
    tables that can edit a date show it, so that a date is typed as it is shown."""
    written = qt_locale(language).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in written:
        written = written.replace("yy", "yyyy")
    return written


def short_date(value: date, language: str) -> str:
    """A date in :func:`date_format`: "27/11/2026" in French."""
    return qt_locale(language).toString(
        QDate(value.year, value.month, value.day), date_format(language)
    )
