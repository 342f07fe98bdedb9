"""The workshop's keys: each key maps to one action, Shift allowed, other modifiers not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from sseassess.ui.workshop.keys import action_for


class Recorder:
    """Records what the keys ask for, as the divergence page would do it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def set_consensus(self, level: int | None) -> bool:
        self.calls.append(("consensus", level))
        return True

    def use_median(self) -> bool:
        self.calls.append(("median", None))
        return True

    def clear_consensus(self) -> bool:
        self.calls.append(("clear", None))
        return True

    def move_by(self, step: int) -> None:
        self.calls.append(("move", step))

    def next_to_discuss(self) -> None:
        self.calls.append(("next", None))

    def toggle_presentation(self) -> None:
        self.calls.append(("toggle", None))

    def leave_presentation(self) -> None:
        self.calls.append(("leave", None))


def _press(
    key: Qt.Key,
    text: str = "",
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    presenting: bool = False,
) -> list[tuple[str, object]] | None:
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)
    action = action_for(event, presenting)
    if action is None:
        return None
    recorder = Recorder()
    action(recorder)
    return recorder.calls


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        (Qt.Key.Key_3, "3", [("consensus", 3)]),
        (Qt.Key.Key_QuoteDbl, "3", [("consensus", 3)]),  # AZERTY: the text counts
        (Qt.Key.Key_Up, "", [("move", -1)]),
        (Qt.Key.Key_K, "k", [("move", -1)]),
        (Qt.Key.Key_Down, "", [("move", 1)]),
        (Qt.Key.Key_J, "j", [("move", 1)]),
        (Qt.Key.Key_N, "n", [("next", None)]),
        (Qt.Key.Key_M, "m", [("median", None)]),
        (Qt.Key.Key_Delete, "", [("clear", None)]),
        (Qt.Key.Key_Backspace, "", [("clear", None)]),
        (Qt.Key.Key_F11, "", [("toggle", None)]),
    ],
)
def test_each_key_does_one_thing(key: Qt.Key, text: str, expected: list[object]) -> None:
    assert _press(key, text) == expected


def test_modifiers_and_presentation_keys() -> None:
    shift, control = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier
    assert _press(Qt.Key.Key_3, "3", shift) == [("consensus", 3)]
    assert _press(Qt.Key.Key_3, "3", control) is None
    assert _press(Qt.Key.Key_F11, "", shift) is None
    assert _press(Qt.Key.Key_Escape) is None
    assert _press(Qt.Key.Key_Escape, presenting=True) == [("leave", None)]
    assert _press(Qt.Key.Key_PageDown) is None
    assert _press(Qt.Key.Key_PageDown, presenting=True) == [("move", 1)]
    assert _press(Qt.Key.Key_PageUp, presenting=True) == [("move", -1)]
    assert _press(Qt.Key.Key_A, "a") is None
