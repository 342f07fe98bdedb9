"""PyInstaller run-time hook that stands in for PyInstaller's own PySide6 hook.

PyInstaller's hook imports ``PySide6.QtCore`` when the program starts, to give Qt an
embedded ``qt.conf``; PySide6's wheels make that file themselves when QtCore is first
imported (relative to their own folder, which is where the bundle keeps it). Importing Qt
up front would make every command pay for loading Qt, even ``--version`` or ``export``,
which never touch it, and leave the built app slower to answer than the same code run
from a virtual environment. This hook only says where Qt's plugins are, as the other one
does.
"""

import os
import sys


def _qt_paths() -> None:
    bundle = sys._MEIPASS  # type: ignore[attr-defined]
    if sys.platform.startswith("win"):
        qt = os.path.join(bundle, "PySide6")
        os.environ["PATH"] = bundle + os.pathsep + os.environ.get("PATH", "")
    else:
        qt = os.path.join(bundle, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")


_qt_paths()
