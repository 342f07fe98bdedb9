"""One GUI start, timed by the parent process: exits at the first paint of the main window.

``python bench/gui_start.py MODE DB_URL`` with MODE one of
``bare`` (a bare PySide6 window), ``sqlalchemy`` (the same plus a SQLAlchemy engine
opening the database and reading from it), ``app`` (sseassess, to its first paint) and
``app-listed`` (sseassess, until its window is painted listing the organizations).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def _stop() -> None:
    """End the process at once: what is timed is the start, not the tear-down."""
    os._exit(0)


class _QuitOnFirstPaint(QObject):
    """Quits at the first paint of a main window; with ``listed``, at its first paint after
    it has listed the organizations."""

    def __init__(self, listed: bool) -> None:
        super().__init__()
        self.listed = listed
        self.filled = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            if not self.listed or self.filled:
                QTimer.singleShot(0, _stop)
            elif not getattr(watched, "_bench_hooked", False):
                watched._bench_hooked = True  # type: ignore[attr-defined]
                watched.organizations_loaded.connect(self._filled)  # type: ignore[attr-defined]
        return False

    def _filled(self) -> None:
        self.filled = True


def main() -> int:
    mode, url = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    watcher = _QuitOnFirstPaint(listed=mode == "app-listed")
    app.installEventFilter(watcher)
    if mode in ("app", "app-listed"):
        from sseassess.ui.application import run

        return run(url)
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
