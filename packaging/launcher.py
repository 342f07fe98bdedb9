"""The entry point of the built application: the ``sseassess`` command, desktop or CLI.

It runs ``sseassess.cli.main`` as the installed command does. One hidden variable, for the
smoke test and the benchmark only (the application itself has no way to stop by itself):

``SSEASSESS_EXIT_AFTER=first-paint``
    end the process at once after the main window's first paint (start-up timing);
``SSEASSESS_EXIT_AFTER=MILLISECONDS``
    quit the desktop application that long after its main window is shown, and print to
    stderr one ``sseassess-smoke: {json}`` line saying what is on screen then (window
    titles, menu titles, any dialog still open) and where Qt finds its own translations;
    exit 3 if a dialog is open (an error message, say), else the application's own exit
    code.

Nothing here touches ``sseassess.ui``: the main window is found as the ``QMainWindow`` that
is shown, through a wrapper around ``QMainWindow.show``.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

EXIT_AFTER = "SSEASSESS_EXIT_AFTER"
SMOKE_PREFIX = "sseassess-smoke: "
EXIT_DIALOG_OPEN = 3


def _on_show(act: Any) -> None:
    """Call ``act(window)`` once, when a ``QMainWindow`` is first shown."""
    from PySide6.QtWidgets import QMainWindow

    original = QMainWindow.show

    def show(window: QMainWindow) -> None:
        original(window)
        if not getattr(window, "_sseassess_exit_armed", False):
            window._sseassess_exit_armed = True  # type: ignore[attr-defined]
            act(window)

    QMainWindow.show = show  # type: ignore[method-assign]


def _exit_at_first_paint(window: Any) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, lambda: os._exit(0))  # after this paint is done
            return False

    window._sseassess_paint_watch = PaintWatch(window)
    window.installEventFilter(window._sseassess_paint_watch)


def _quit_later(milliseconds: int) -> Any:
    def arm(window: Any) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(milliseconds, lambda: _report_and_quit(window))

    return arm


def _report_and_quit(main_window: Any) -> None:
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

    shown = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    dialogs = [widget for widget in shown if isinstance(widget, QDialog)]
    report = {
        "windows": [w.windowTitle() for w in shown if isinstance(w, QMainWindow)],
        "menus": [action.text() for action in main_window.menuBar().actions()],
        "qt_translations": QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        "dialogs": [
            " / ".join(filter(None, (d.windowTitle(), getattr(d, "text", lambda: "")())))
            for d in dialogs
        ],
    }
    print(SMOKE_PREFIX + json.dumps(report, ensure_ascii=False), file=sys.stderr, flush=True)
    if dialogs:
        os._exit(EXIT_DIALOG_OPEN)  # a modal dialog has its own event loop: leave now
    QApplication.quit()


def arm_exit(setting: str) -> None:
    """Make the desktop application stop by itself, as ``SSEASSESS_EXIT_AFTER`` says."""
    if setting == "first-paint":
        _on_show(_exit_at_first_paint)
    elif setting.isdigit():
        _on_show(_quit_later(int(setting)))
    else:
        raise SystemExit(f"{EXIT_AFTER}: 'first-paint' or a number of milliseconds")


def _give_streams_to_windowed_app() -> None:
    """A windowed build (Windows, macOS) starts with no stdout or stderr: a ``print`` or a
    logged warning would then raise. Send them nowhere instead."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def main() -> int:
    _give_streams_to_windowed_app()
    setting = os.environ.get(EXIT_AFTER, "").strip()
    if setting:
        arm_exit(setting)
    from sseassess.cli import main as sseassess_main

    return sseassess_main()


if __name__ == "__main__":
    raise SystemExit(main())
