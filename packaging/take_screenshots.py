"""Take the screenshots the AppStream metainfo shows, from the real application on X11.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python packaging/take_screenshots.py

Opens the demo organization in a fresh database, and grabs from the X server the home
page, a page of questions and the results, into ``packaging/screenshots/``. A tool for
whoever changes the interface (commit the PNGs it writes); no build or test runs it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "packaging" / "screenshots"
#: Seconds to let each page settle (the database opens on a worker thread).
SETTLE_MS = 2500


def main() -> int:
    if os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb" or not os.environ.get("DISPLAY"):
        print("run it under X11, e.g. through xvfb-run (see the docstring)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sseassess.app.demo import create_demo
    from sseassess.app.workspace import Workspace
    from sseassess.ui.application import run
    from sseassess.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = folder  # no settings of the user's
        url = f"sqlite:///{Path(folder) / 'screens.db'}"
        with Workspace.open(url) as workspace:
            assessment = create_demo(workspace)
        app = QApplication(sys.argv[:1])

        def window() -> MainWindow:
            found = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
            return found[0]

        def grab(name: str) -> None:
            shown = window()
            picture = shown.screen().grabWindow(shown.winId())
            picture.save(str(TARGET / f"{name}.png"))
            print(TARGET / f"{name}.png")

        steps: list[Callable[[], None]] = [
            lambda: window().resize(1100, 700),
            lambda: grab("home"),
            lambda: window().open_assessment(assessment),
            lambda: grab("questions"),
            lambda: window().show_results(assessment),
            lambda: grab("results"),
            app.quit,
        ]

        def next_step() -> None:
            steps.pop(0)()
            if steps:
                QTimer.singleShot(SETTLE_MS, next_step)

        QTimer.singleShot(SETTLE_MS, next_step)
        return run(url, "en")


if __name__ == "__main__":
    raise SystemExit(main())
