"""One GUI start, timed by the parent process: exits at the first paint of the main window.

``python bench/gui_start.py MODE DB_URL`` with MODE one of
``bare`` (a bare PySide6 window), ``sqlalchemy`` (the same plus a SQLAlchemy engine
opening the database and reading from it), ``app`` (sseassess itself).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _QuitOnFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    mode, url = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    watcher = _QuitOnFirstPaint()
    app.installEventFilter(watcher)
    if mode == "app":
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
