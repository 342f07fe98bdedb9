"""Guards against a Qt binding that corrupts memory: PySide6 6.12.0 drops a reference to
``True`` on every signal emission, and a long session then crashes (seen at exit)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    changed = Signal(object)

emitter = Emitter()
emitter.changed.connect(lambda value: None)
for n in range(20000):
    emitter.changed.emit(n)
print("clean")
"""


def test_many_signal_emissions_end_cleanly() -> None:
    """A session with many answers (each one a signal) must not crash the program."""
    completed = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False, timeout=60
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert completed.stdout.strip() == "clean"
    assert "Fatal Python error" not in completed.stderr
