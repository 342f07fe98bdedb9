"""Where the details of an unexpected failure go: a log in the user's log folder."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path


def write_crash_log(error: BaseException) -> Path:
    """Append the traceback to ``crash.log`` in the user's log folder; its path."""
    from platformdirs import user_log_path

    from sseassess import __version__

    folder = user_log_path("sseassess", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "crash.log"
    with log.open("a", encoding="utf-8") as handle:
        handle.write(f"--- {datetime.now().isoformat()} sseassess {__version__}\n")
        handle.write("".join(traceback.format_exception(error)))
    return log
