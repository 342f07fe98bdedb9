"""Writes files off the GUI thread with a progress dialog, Cancel, and a clear outcome."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from sseassess.domain.text import TranslatableError
from sseassess.i18n import translation
from sseassess.ui.tasks import TaskRunner, Work
from sseassess.ui.text import arg


class FileJob(QProgressDialog):
    """Runs ``work(progress, cancelled)`` in the background; reports the files it wrote."""

    def __init__(
        self,
        title: str,
        work: Work[list[Path]],
        runner: TaskRunner,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(self.tr("Writing the files…"))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setMinimumDuration(300)
        self.setRange(0, 0)
        self._language = language
        self._task = runner.new_task(
            work,
            parent=self,
            finished=self._finished,
            failed=self._failed,
            progress=self._progress,
        )
        self.canceled.connect(self._task.cancel)

    def start(self) -> None:
        self._task.start()

    def _progress(self, done: int, total: int) -> None:
        self.setRange(0, total)
        self.setValue(done)

    def _finished(self, result: Any) -> None:
        self.reset()
        files = list(result or [])
        if not files:
            return  # cancelled: nothing was written
        names = "\n".join(str(path) for path in files)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.windowTitle(),
            arg(self.tr("Written:\n%1"), names),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(files[0].parent)))

    def _failed(self, error: Exception) -> None:
        self.reset()
        if not isinstance(error, TranslatableError):
            raise error
        QMessageBox.warning(
            self.parentWidget(),
            self.windowTitle(),
            error.message(translation(self._language).gettext),
        )
