"""The base of dialogs that run one background job: progress, a message line, Start/Cancel/Close.

A subclass builds its own fields, then :meth:`JobDialog._build_job_controls` (so that Tab
reaches its fields first), and says what its job is (:meth:`JobDialog._prepare`) and what
its outcome means (``_job_finished``, ``_job_failed``, ``_bug_text``). The lifecycle is the
base's: Start runs the job through the task runner, the fields are disabled and the
progress shown while it runs, Cancel (when the job can stop) asks it to stop, and closing
the dialog while it runs cancels first and closes once the job has stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from sseassess.domain.text import TranslatableError
from sseassess.i18n import translation
from sseassess.ui.decorators import override
from sseassess.ui.feedback import hand_to_crash_handler, show_message
from sseassess.ui.tasks import Cancelled, Progress, Task, TaskRunner


class JobTexts(NamedTuple):
    """What a job dialog's controls say (already translated) and how tests find them.

    ``start``, ``start_name`` and ``start_object`` are the Start button's text, accessible
    name and object name ("export", "collect", …); ``progress_name`` and ``message_name``
    the accessible names of the progress bar and of the message line; ``cancel`` and
    ``cancel_name`` the Cancel button's text and accessible name (None for a job that
    cannot stop); ``message_selectable`` whether the message can be selected with the
    mouse (to copy a path).
    """

    start: str
    start_name: str
    start_object: str
    progress_name: str
    message_name: str
    cancel: str | None = None
    cancel_name: str | None = None
    message_selectable: bool = True


class Job(NamedTuple):
    """A job ready to start: its work, and how many steps its progress counts (0: busy
    until the first report)."""

    work: Callable[[Progress, Cancelled], object]
    steps: int = 0


class JobDialog(QDialog):
    """A dialog that runs one background job at a time; see the module's description."""

    def __init__(self, runner: TaskRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._language = language
        self._task: Task | None = None
        self._close_when_done = False
        self._cancel: QPushButton | None = None

    def _build_job_controls(self, texts: JobTexts) -> None:
        """Create the progress bar, the message line and the buttons (hidden until needed)."""
        self._progress = QProgressBar(self)
        self._progress.setObjectName("progress")
        self._progress.setAccessibleName(texts.progress_name)
        self._progress.setVisible(False)
        self._message = QLabel(self)
        self._message.setObjectName("message")
        self._message.setWordWrap(True)
        if texts.message_selectable:
            self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message.setAccessibleName(texts.message_name)
        self._message.setVisible(False)
        self._start = QPushButton(texts.start, self)
        self._start.setObjectName(texts.start_object)
        self._start.setAccessibleName(texts.start_name)
        self._start.setDefault(True)
        self._start.clicked.connect(self.start)
        if texts.cancel is not None:
            self._cancel = QPushButton(texts.cancel, self)
            self._cancel.setObjectName("cancel")
            self._cancel.setAccessibleName(texts.cancel_name or "")
            self._cancel.setVisible(False)
            self._cancel.clicked.connect(self.cancel)
        self._close = QPushButton(self.tr("Close"), self)
        self._close.setObjectName("close")
        self._close.setAccessibleName(self.tr("Close this window"))
        self._close.clicked.connect(self.reject)

    def _button_row(self, *leading: QWidget) -> QHBoxLayout:
        """``leading`` widgets on the left; Start, Cancel and Close on the right."""
        row = QHBoxLayout()
        for widget in leading:
            row.addWidget(widget)
        row.addStretch(1)
        for button in (self._start, self._cancel, self._close):
            if button is not None:
                row.addWidget(button)
        return row

    # -- what a subclass says

    def _ready(self) -> bool:
        """Whether the fields are filled in enough to start."""
        return True

    def _set_fields_enabled(self, enabled: bool) -> None:
        """Enable or disable the subclass's fields (disabled while the job runs)."""

    def _prepare(self) -> Job | None:
        """Check the choices (saying what is wrong) and return the job, or None."""
        raise NotImplementedError

    def _job_finished(self, result: object, cancelled: bool) -> None:
        """Show the outcome of a job that ran to its end (or stopped when cancelled)."""
        raise NotImplementedError

    def _bug_text(self, error: object) -> str:
        """What the message line says when the job failed because of a bug."""
        raise NotImplementedError

    def _job_failed(self, error: object, cancelled: bool) -> None:
        """Show why the job failed: a problem the user can act on in their language, a bug
        with a few words here and the crash report."""
        if isinstance(error, TranslatableError):
            self._show_message(error.message(translation(self._language).gettext), error=True)
        else:
            self._show_message(self._bug_text(error), error=True)
            hand_to_crash_handler(error)

    # -- state

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def task(self) -> Task | None:
        """The job under way, if any."""
        return self._task

    def message(self) -> str:
        """What the dialog says about the last job (empty before the first)."""
        return "" if self._message.isHidden() else self._message.text()

    def _show_message(self, text: str, error: bool = False) -> None:
        show_message(self._message, text, error)

    def _folder_exists(self, folder: Path) -> bool:
        """Whether ``folder`` is there to write in; if not, the message line says so."""
        if folder.is_dir():
            return True
        self._show_message(
            self.tr("The folder {folder} does not exist; choose another one.").format(
                folder=folder
            ),
            error=True,
        )
        return False

    def _update_buttons(self) -> None:
        self._start.setEnabled(self._ready() and not self.running)

    def _set_running(self, running: bool) -> None:
        self._set_fields_enabled(not running)
        self._progress.setVisible(running)
        if self._cancel is not None:
            self._cancel.setVisible(running)
            self._cancel.setEnabled(running)
        self._close.setEnabled(not running)
        self._update_buttons()
        if running and self._cancel is not None:
            self._cancel.setFocus()

    # -- the lifecycle

    def start(self) -> None:
        """Start the job in the background, if the Start button could."""
        if self.running or not self._start.isEnabled():
            return
        job = self._prepare()
        if job is not None:
            self._run_job(job)

    def _run_job(self, job: Job) -> None:
        """Run ``job`` with the dialog's lifecycle: the Start button's own job, or another
        action of the dialog (a dialog with a second button, as the issuer's Revoke)."""
        if self.running:
            return
        task = self._runner.new_task(
            job.work,
            parent=self,
            finished=self._on_finished,
            failed=self._on_failed,
            progress=self._on_progress,
        )
        self._task = task
        self._message.setVisible(False)
        self._progress.setRange(0, job.steps)
        if job.steps:
            self._progress.setValue(0)
        self._set_running(True)
        task.start()

    def cancel(self) -> None:
        """Ask the job under way to stop (a job without a Cancel button runs to its end)."""
        if self._task is None or self._cancel is None:
            return
        self._task.cancel()
        self._cancel.setEnabled(False)
        self._show_message(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        if self._task is None:
            return
        self._progress.setRange(0, max(total, 0))
        self._progress.setValue(max(0, min(done, total)))

    def _finish_task(self) -> bool:
        """The job has reported: back to idle. Whether it had been cancelled."""
        task, self._task = self._task, None
        self._set_running(False)
        return task is not None and task.cancelled

    def _on_finished(self, result: object) -> None:
        self._job_finished(result, self._finish_task())
        self._close_if_asked()

    def _on_failed(self, error: object) -> None:
        self._job_failed(error, self._finish_task())
        self._close_if_asked()

    def _close_if_asked(self) -> None:
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    @override
    def reject(self) -> None:
        """Close; while the job runs, cancel it first (when it can stop) and close once it
        has stopped."""
        if self.running:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()
