"""Larger and bold text for titles and headings, whatever unit the system font uses."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def scale_font(font: QFont, factor: float) -> QFont:
    """``font`` made ``factor`` times larger, whether it is sized in points or pixels."""
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return font


def emphasize(label: QLabel, factor: float = 1.0, *, bold: bool = True) -> QLabel:
    """``label`` with its text ``factor`` times larger, and bold unless told otherwise."""
    font = scale_font(label.font(), factor)
    font.setBold(bold)
    label.setFont(font)
    return label


def heading(text: str, factor: float, parent: QWidget, *, bold: bool = True) -> QLabel:
    """A title or heading label: larger, bold, wrapped when the window is narrow."""
    label = emphasize(QLabel(text, parent), factor, bold=bold)
    label.setWordWrap(True)
    return label
