"""Fills Qt-style ``%1``…``%9`` placeholders (PySide's ``tr()`` returns a plain ``str``)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def arg(text: str, *values: object) -> str:
    """``arg(self.tr("%1 of %2"), 3, 5)`` -> "3 of 5", in one pass (values are not rescanned)."""

    def replace(match: re.Match[str]) -> str:
        position = int(match.group(1)) - 1
        return str(values[position]) if position < len(values) else match.group(0)

    return _PLACEHOLDER.sub(replace, text)
