"""Text helpers shared by the views: Qt-style ``%1`` placeholders, numbers in the reader's format.

PySide's ``tr()`` returns a plain ``str``, so placeholders are filled here.
"""

from __future__ import annotations

import re

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
