"""The colour registry: meaningful colours read on light and dark themes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from sseassess.ui.palette import (
    bad_colour,
    dim,
    earlier_colour,
    good_colour,
    is_dark,
    set_text_colour,
)


def _palette(base: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    return palette


def test_colours_follow_a_light_or_a_dark_theme() -> None:
    light, dark = _palette("#ffffff"), _palette("#1e1e1e")
    assert not is_dark(light) and is_dark(dark)
    for colour in (good_colour, bad_colour, earlier_colour):
        assert colour(light) != colour(dark)
        assert colour(light).lightness() < colour(dark).lightness()


def test_dim_and_text_colour_go_back_to_the_parent_colour(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = QLabel("note", parent)
    dim(label)
    placeholder = label.palette().color(QPalette.ColorRole.PlaceholderText)
    assert label.palette().color(QPalette.ColorRole.WindowText) == placeholder
    set_text_colour(label, None)
    assert label.palette().color(QPalette.ColorRole.WindowText) == parent.palette().color(
        QPalette.ColorRole.WindowText
    )
