"""The keys of the workshop view: which key does what, as maps from key to action.

The divergence page looks a key up here (on the indicator list, the consensus buttons and
in presentation mode) and runs the action on itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from sseassess.domain.framework import LEVELS


class WorkshopActions(Protocol):
    """What the workshop's keys do; the divergence page does it."""

    def set_consensus(self, level: int | None) -> bool: ...
    def use_median(self) -> bool: ...
    def clear_consensus(self) -> bool: ...
    def move_by(self, step: int) -> None: ...
    def next_to_discuss(self) -> None: ...
    def toggle_presentation(self) -> None: ...
    def leave_presentation(self) -> None: ...


Action = Callable[[WorkshopActions], object]


def _consensus(level: int) -> Action:
    return lambda actions: actions.set_consensus(level)


def _move(step: int) -> Action:
    return lambda actions: actions.move_by(step)


# A digit records that consensus level; read from the key's text, since on some keyboards
# (French AZERTY) the digits need Shift.
DIGITS: dict[str, Action] = {str(level): _consensus(level) for level in LEVELS}
# Keys alone (Shift allowed), in the list and in presentation mode.
KEYS: dict[Qt.Key, Action] = {
    Qt.Key.Key_Up: _move(-1),
    Qt.Key.Key_K: _move(-1),
    Qt.Key.Key_Down: _move(1),
    Qt.Key.Key_J: _move(1),
    Qt.Key.Key_N: lambda actions: actions.next_to_discuss(),
    Qt.Key.Key_M: lambda actions: actions.use_median(),
    Qt.Key.Key_Delete: lambda actions: actions.clear_consensus(),
    Qt.Key.Key_Backspace: lambda actions: actions.clear_consensus(),
}
# More keys alone in presentation mode: presenter remotes send Page Up / Page Down.
PRESENTING_KEYS: dict[Qt.Key, Action] = {
    Qt.Key.Key_PageUp: _move(-1),
    Qt.Key.Key_PageDown: _move(1),
}


def action_for(event: QKeyEvent, presenting: bool) -> Action | None:
    """What ``event`` does in the workshop view (None: it is not one of its keys).

    F11 (alone) enters or leaves presentation mode, Esc leaves it; with any modifier but
    Shift, no other key is the view's.
    """
    key = event.key()
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key == Qt.Key.Key_F11 and not modifiers:
        return lambda actions: actions.toggle_presentation()
    if key == Qt.Key.Key_Escape and presenting:
        return lambda actions: actions.leave_presentation()
    if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
        return None
    digit = DIGITS.get(event.text())
    if digit is not None:
        return digit
    if presenting and key in PRESENTING_KEYS:
        return PRESENTING_KEYS[Qt.Key(key)]
    return KEYS.get(Qt.Key(key)) if key in KEYS else None
