"""One GUI start, timed by the parent process: exits at the first paint of the main window.

``python -m bench.gui_start MODE DB_URL`` with MODE one of
``bare`` (a bare PySide6 window), ``sqlalchemy`` (the same plus a SQLAlchemy engine
opening the database and reading from it), ``app`` (sseassess, to its first paint) and
``app-listed`` (sseassess, until its window is painted listing the organizations).

The paint is noticed by wrapping the window class's ``paintEvent``, the same way in every
mode. An application-wide event filter would be simpler but is not neutral: it calls into
Python for every event of every Qt object, which costs a window with a few widgets tens of
milliseconds that a bare window does not pay.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def _stop() -> None:
    """End the process at once: what is timed is the start, not the tear-down."""
    os._exit(0)


def _stop_on_paint(window_class: type[QMainWindow], ready: Callable[[Any], bool]) -> None:
    """Exit just after a paint of a ``window_class`` window for which ``ready`` holds."""
    original = window_class.paintEvent

    def paint_event(self: QMainWindow, event: Any) -> None:
        if ready(self):  # queued ahead of whatever this paint queues
            QTimer.singleShot(0, _stop)
        original(self, event)

    window_class.paintEvent = paint_event  # type: ignore[method-assign]


def _listed(window: Any) -> bool:
    """True from the first paint after the window listed the organizations."""
    if not hasattr(window, "_bench_listed"):
        window._bench_listed = []
        window.organizations_loaded.connect(lambda: window._bench_listed.append(True))
    return bool(window._bench_listed)


def main() -> int:
    mode, url = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    if mode in ("app", "app-listed"):
        from sseassess.ui.application import run
        from sseassess.ui.main_window import MainWindow

        _stop_on_paint(MainWindow, _listed if mode == "app-listed" else lambda _window: True)
        return run(url)
    _stop_on_paint(QMainWindow, lambda _window: True)
    if mode == "sqlalchemy":
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.connect() as connection:
            connection.execute(text("SELECT name FROM organization ORDER BY name")).all()
    window = QMainWindow()
    window.resize(1024, 700)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
