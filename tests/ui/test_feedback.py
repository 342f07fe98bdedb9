"""A dialog's message line: an error shows in the error colour, the next message does not."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from sseassess.ui.feedback import show_message
from sseassess.ui.palette import bad_colour


def test_a_message_after_an_error_is_not_left_in_the_error_colour(qtbot: QtBot) -> None:
    dialog = QWidget()
    qtbot.addWidget(dialog)
    label = QLabel(dialog)
    QVBoxLayout(dialog).addWidget(label)
    normal = dialog.palette().color(QPalette.ColorRole.WindowText)

    show_message(label, "The folder cannot be written to.", error=True)
    assert label.palette().color(QPalette.ColorRole.WindowText) == bad_colour(dialog.palette())

    show_message(label, "Cancelling…")
    assert label.palette().color(QPalette.ColorRole.WindowText) == normal
    assert label.text() == "Cancelling…"
