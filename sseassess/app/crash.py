"""Where the details of an unexpected failure go: a log in the user's log folder.

Python exceptions are appended by :func:`write_crash_log`; a native crash (a segfault in
Qt, say) kills the process before any Python code runs, so :func:`enable_fault_log` has
``faulthandler`` write the Python stack of every thread to the same file when it happens.
"""

from __future__ import annotations

import faulthandler
import traceback
from datetime import datetime
from pathlib import Path
from typing import TextIO

#: The open log faulthandler writes to (it must stay open for the life of the process).
_fault_log: TextIO | None = None


def crash_log_path() -> Path:
    """``crash.log`` in the user's log folder (created if needed)."""
    from platformdirs import user_log_path

    folder = user_log_path("sseassess", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "crash.log"


def write_crash_log(error: BaseException) -> Path:
    """Append the traceback to ``crash.log`` in the user's log folder; its path."""
    from sseassess import __version__

    log = crash_log_path()
    with log.open("a", encoding="utf-8") as handle:
        handle.write(f"--- {datetime.now().isoformat()} sseassess {__version__}\n")
        handle.write("".join(traceback.format_exception(error)))
    return log


def enable_fault_log() -> Path | None:
    """Have a native crash write every thread's stack to ``crash.log``; its path, or None
    when the log cannot be opened (the program then runs without it)."""
    global _fault_log
    if _fault_log is not None:
        return Path(_fault_log.name)
    try:
        log = crash_log_path()
        _fault_log = log.open("a", encoding="utf-8")
    except OSError:
        return None
    faulthandler.enable(file=_fault_log, all_threads=True)
    return log
