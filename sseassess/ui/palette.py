"""The colour registry: every widget asks here for the colours that carry a meaning.

Colours that say "good" or "bad" are chosen to read as text on the palette's base and
window colours, light or dark; views ask again when the palette changes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark base."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def good_colour(palette: QPalette | None = None) -> QColor:
    """A green readable as text on the palette's base and window colours, light or dark."""
    palette = palette or QGuiApplication.palette()
    return QColor("#7bd88f") if is_dark(palette) else QColor("#1e7b34")


def bad_colour(palette: QPalette | None = None) -> QColor:
    """A red readable as text on the palette's base and window colours, light or dark."""
    palette = palette or QGuiApplication.palette()
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


def earlier_colour(palette: QPalette) -> QColor:
    """The orange of the earlier of two assessments compared (the later one is highlighted)."""
    return QColor("#f0a040") if is_dark(palette) else QColor("#b85c00")


def dimmed_colour(palette: QPalette) -> QColor:
    """The colour of secondary text: where it is, what the keys do, notes."""
    return palette.color(QPalette.ColorRole.PlaceholderText)


def field_error_colour() -> QColor:
    """The red of a hint under a form field that is not filled in right (any theme)."""
    return QColor("#c0392b")


def set_text_colour(label: QLabel, colour: QColor | None) -> None:
    """Colour a label's text; None gives it back its parent's text colour (not the label's
    own palette, which may still hold an earlier colour)."""
    palette = label.palette()
    parent = label.parentWidget()
    base = parent.palette() if parent is not None else label.palette()
    text = colour if colour is not None else base.color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, text)
    label.setPalette(palette)


def dim(label: QLabel) -> None:
    """Show a label's text as secondary, in the dimmed colour of its own palette."""
    set_text_colour(label, dimmed_colour(label.palette()))


def set_style_colour(widget: QWidget, colour: QColor) -> None:
    """Colour a widget's text with a style sheet (kept even when its palette changes)."""
    widget.setStyleSheet(f"color: {colour.name()};")


def set_link_coloured(widget: QWidget) -> None:
    """Show a widget's text in the palette's link colour (it follows a change of theme)."""
    widget.setStyleSheet("color: palette(link);")
