"""Shows an outcome in a dialog's message line: normal text, or in the error colour."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from sseassess.ui.models.results_table_model import bad_colour


def set_text_colour(label: QLabel, colour: QColor | None) -> None:
    """Colour a label's text; None gives it back its parent's text colour (not the label's
    own palette, which may still hold an earlier colour)."""
    palette = label.palette()
    parent = label.parentWidget()
    base = parent.palette() if parent is not None else label.palette()
    text = colour if colour is not None else base.color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, text)
    label.setPalette(palette)


def show_message(label: QLabel, text: str, error: bool = False) -> None:
    """Put ``text`` in ``label`` and show it; errors in a colour readable in light and dark."""
    set_text_colour(label, bad_colour(label.palette()) if error else None)
    label.setText(text)
    label.setVisible(True)


def hand_to_crash_handler(error: object) -> None:
    """A background task failed with a bug: let the application's hook log and report it."""
    if isinstance(error, BaseException):
        sys.excepthook(type(error), error, error.__traceback__)
