"""Runs slow work off the GUI thread; results come back through signals on the GUI thread.

Widgets are touched only on the GUI thread: a task reports progress through its
``progress`` callback, which emits a queued signal. Tests swap in ``run_now=True``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Task(QObject):
    """One piece of background work: ``finished(result)``, ``failed(error)``, ``progress``."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(
        self,
        work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        """Do the work (on whichever thread calls this) and emit the outcome."""
        try:
            result = self._work(self.progress.emit, self._cancel.is_set)
        except Exception as error:  # delivered to the GUI thread, which decides what to show
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run()


class BackgroundRunner:
    """Starts tasks on Qt's global thread pool, or synchronously for tests."""

    def __init__(self, run_now: bool = False) -> None:
        self._run_now = run_now

    def start(self, task: Task) -> Task:
        if self._run_now:
            task.run()
        else:
            QThreadPool.globalInstance().start(_Runnable(task))
        return task
