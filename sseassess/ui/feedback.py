"""Shows an outcome in a dialog's message line: normal text, or in the error colour."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

from sseassess.domain.text import TranslatableError
from sseassess.ui.palette import bad_colour, set_text_colour


def show_message(label: QLabel, text: str, error: bool = False) -> None:
    """Put ``text`` in ``label`` and show it; errors in a colour readable in light and dark."""
    set_text_colour(label, bad_colour(label.palette()) if error else None)
    label.setText(text)
    label.setVisible(True)


def hand_to_crash_handler(error: object) -> None:
    """A background task failed with a bug: let the application's hook log and report it."""
    if isinstance(error, BaseException):
        sys.excepthook(type(error), error, error.__traceback__)


def error_text(error: TranslatableError, language: str, most: int = 8) -> str:
    """A user's error in their language, with the first ``most`` problems it lists."""
    from sseassess.i18n import translation

    gettext = translation(language).gettext
    problems = getattr(error, "problems", ())
    return "\n".join([error.message(gettext), *(p.message(gettext) for p in problems[:most])])
