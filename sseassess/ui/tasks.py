"""Runs slow work off the GUI thread; its outcome comes back as signals on the GUI thread.

Every background job of the interface is made by :meth:`TaskRunner.new_task` and started
with :meth:`Task.start`: the work gets a ``progress(done, total)`` callback and a
``cancelled()`` question, and the callbacks given to ``new_task`` are called on the GUI
thread (a task lives there; its signals are queued from the worker). Widgets are touched
only on the GUI thread. Tests use ``TaskRunner(run_now=True)``, which does the work at
once, on the calling thread, within ``start``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# What a job reports: ``progress(done, total)``.
Progress = Callable[[int, int], None]
# What a job asks between steps: has the user cancelled?
Cancelled = Callable[[], bool]
_Result = TypeVar("_Result")
# A job: ``work(progress, cancelled)`` returns its result or raises.
Work = Callable[[Progress, Cancelled], _Result]


class Task(QObject):
    """One piece of background work: ``finished(result)``, ``failed(error)``, ``progress``."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(
        self,
        work: Callable[[Progress, Cancelled], Any],
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._runner = runner
        self._cancel = threading.Event()

    def start(self) -> Task:
        """Start the work on the runner that made this task."""
        return self._runner.start(self)

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


def _raise(error: Exception) -> None:
    """A failure nobody handles is a bug: the application's hook logs and reports it."""
    raise error


class TaskRunner:
    """Starts tasks on Qt's global thread pool, or synchronously for tests (``run_now``)."""

    def __init__(self, run_now: bool = False) -> None:
        self._run_now = run_now
        self._running: set[Task] = set()

    def new_task(
        self,
        work: Callable[[Progress, Cancelled], _Result],
        *,
        parent: QObject | None = None,
        finished: Callable[[_Result], object] | None = None,
        failed: Callable[[Exception], object] | None = None,
        progress: Callable[[int, int], object] | None = None,
    ) -> Task:
        """A task doing ``work``, connected to its callbacks (run on the GUI thread) and
        kept until it has reported; :meth:`Task.start` starts it.

        ``finished`` gets the result, ``failed`` the exception (by default it is raised
        again there, so that the application's hook reports a bug), ``progress`` the
        work's reports. A caller that must know its task before the outcome arrives holds
        it before starting it (a synchronous runner reports within ``start``).
        """
        task = Task(work, self, parent)
        self._running.add(task)
        task.finished.connect(lambda _result: self._running.discard(task))
        task.failed.connect(lambda _error: self._running.discard(task))
        if progress is not None:
            task.progress.connect(progress)
        if finished is not None:
            task.finished.connect(finished)
        task.failed.connect(failed or _raise)
        return task

    def start(self, task: Task) -> Task:
        """Start ``task``: on the thread pool, or at once with ``run_now``."""
        if self._run_now:
            task.run()
        else:
            QThreadPool.globalInstance().start(_Runnable(task))
        return task
