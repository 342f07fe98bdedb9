"""The trainer's dialog that collects participants' answer files and says what each gave."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sseassess.app.bundles import CollectReport
from sseassess.domain.merge import Outcome
from sseassess.domain.text import TranslatableError, Translate
from sseassess.i18n import format_date, translation
from sseassess.ui.background import BackgroundRunner, Task
from sseassess.ui.decorators import override
from sseassess.ui.export_dialog import remembered_folder
from sseassess.ui.feedback import hand_to_crash_handler, show_message
from sseassess.ui.results_table_model import bad_colour

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace

SETTINGS_FOLDER = "exchange/collect_folder"
_Index = QModelIndex | QPersistentModelIndex
# The outcome's status ("imported", "replaced", "unchanged" or "refused").
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class OutcomeTableModel(QAbstractTableModel):
    """One row per file collected: its name, what happened and why."""

    FILE, OUTCOME, DETAILS = range(3)

    def __init__(
        self,
        translate: Translate | None = None,
        refused_colour: QColor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._translate = translate
        self._refused_colour = refused_colour
        self._report = CollectReport((), 0)

    def set_report(self, report: CollectReport) -> None:
        self.beginResetModel()
        self._report = report
        self.endResetModel()

    @property
    def report(self) -> CollectReport:
        return self._report

    def status_name(self, status: Outcome) -> str:
        names = {
            Outcome.IMPORTED: self.tr("Imported"),
            Outcome.UPDATED: self.tr("Updated"),
            Outcome.CHANGED: self.tr("Changed"),
            Outcome.PENDING: self.tr("Waiting for approval"),
            Outcome.UNCHANGED: self.tr("Unchanged"),
            Outcome.REFUSED: self.tr("Refused"),
        }
        return names[status]

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._report.outcomes)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("File"), self.tr("Outcome"), self.tr("Details"))[section]

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._report.outcomes):
            return None
        outcome = self._report.outcomes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FILE:
                return outcome.path.name
            if column == self.OUTCOME:
                return self.status_name(outcome.status)
            return outcome.message(self._translate)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(outcome.path) if column == self.FILE else outcome.message(self._translate)
        if role == Qt.ItemDataRole.ForegroundRole and outcome.status == Outcome.REFUSED:
            return self._refused_colour
        if role == STATUS_ROLE:
            return outcome.status
        return None


class CollectDialog(QDialog):
    """ "Collect answers": pick participants' files, import them in the background with a
    progress bar and Cancel, then list what each file gave.

    Each file is imported whole or not at all and the order does not matter (see
    ``sseassess.app.bundles``); cancelling keeps the files already imported.
    """

    # Emitted with the CollectReport once files were collected (also after a cancel).
    collected = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        assessment_uuid: str | None,
        language: str,
        runner: BackgroundRunner,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._assessment_uuid: str | None = None
        self._language = language
        self._runner = runner
        self._settings = settings
        self._task: Task | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Collect answers"))
        self.setMinimumSize(680, 480)

        intro = QLabel(
            self.tr(
                "Choose the files the participants gave you (.sseassess). Each file is "
                "imported whole or not at all; a file imported twice changes nothing, and "
                "for each participant the latest answers are kept, whatever the order."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if assessment_uuid is not None:
            record = workspace.find_assessment(assessment_uuid)
            self._assessment_uuid = record.uuid
            workshop = QLabel(
                self.tr("Workshop: {organization}, {date}").format(
                    organization=record.organization_name,
                    date=format_date(record.assessed_on, language),
                ),
                self,
            )
            layout.addWidget(workshop)

        self._files = QListWidget(self)
        self._files.setAccessibleName(self.tr("Files to collect"))
        self._files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._files.itemSelectionChanged.connect(self._update_buttons)
        self._add = QPushButton(self.tr("&Add files…"), self)
        self._add.setAccessibleName(self.tr("Add files to collect"))
        self._add.clicked.connect(self._choose_files)
        self._remove = QPushButton(self.tr("&Remove"), self)
        self._remove.setAccessibleName(self.tr("Remove the selected files from the list"))
        self._remove.clicked.connect(self._remove_selected)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self._add)
        file_buttons.addWidget(self._remove)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self._files, 1)
        file_row.addLayout(file_buttons)

        self._progress = QProgressBar(self)
        self._progress.setAccessibleName(self.tr("Collect progress"))
        self._progress.setVisible(False)
        self._summary = QLabel(self)
        self._summary.setWordWrap(True)
        self._summary.setAccessibleName(self.tr("Summary"))
        self._summary.setVisible(False)
        self._model = OutcomeTableModel(
            translation(language).gettext, bad_colour(self.palette()), self
        )
        self._table = QTableView(self)
        self._table.setAccessibleName(self.tr("What each file gave"))
        self._table.setModel(self._model)
        self._table.setWordWrap(False)
        self._table.verticalHeader().setVisible(False)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(OutcomeTableModel.FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            OutcomeTableModel.OUTCOME, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setStretchLastSection(True)
        self._table.setVisible(False)

        self._collect = QPushButton(self.tr("&Collect"), self)
        self._collect.setAccessibleName(self.tr("Import the files in the list"))
        self._collect.setDefault(True)
        self._collect.clicked.connect(self.start)
        self._cancel = QPushButton(self.tr("&Cancel collecting"), self)
        self._cancel.setAccessibleName(self.tr("Stop after the file being imported"))
        self._cancel.setVisible(False)
        self._cancel.clicked.connect(self.cancel)
        self._close = QPushButton(self.tr("Close"), self)
        self._close.setAccessibleName(self.tr("Close this window"))
        self._close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._collect)
        buttons.addWidget(self._cancel)
        buttons.addWidget(self._close)

        layout.addLayout(file_row, 1)
        layout.addWidget(self._progress)
        layout.addWidget(self._summary)
        layout.addWidget(self._table, 2)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- state

    @property
    def model(self) -> OutcomeTableModel:
        """The outcome of each file of the last collection."""
        return self._model

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def task(self) -> Task | None:
        return self._task

    def files(self) -> list[Path]:
        """The files in the list, in order."""
        return [
            Path(str(self._files.item(row).data(Qt.ItemDataRole.UserRole)))
            for row in range(self._files.count())
        ]

    def summary(self) -> str:
        """What the dialog says about the last collection (empty before the first)."""
        return "" if self._summary.isHidden() else self._summary.text()

    def _update_buttons(self) -> None:
        idle = not self.running
        self._collect.setEnabled(idle and self._files.count() > 0)
        self._remove.setEnabled(idle and bool(self._files.selectedItems()))
        self._add.setEnabled(idle)

    def _set_running(self, running: bool) -> None:
        self._files.setEnabled(not running)
        self._progress.setVisible(running)
        self._cancel.setVisible(running)
        self._cancel.setEnabled(running)
        self._close.setEnabled(not running)
        self._update_buttons()
        if running:
            self._cancel.setFocus()

    def _show_summary(self, text: str, error: bool = False) -> None:
        show_message(self._summary, text, error)

    # -- actions

    def add_files(self, paths: Sequence[Path]) -> None:
        """Add files to the list (each once)."""
        present = set(self.files())
        for path in paths:
            if path in present:
                continue
            present.add(path)
            item = QListWidgetItem(path.name, self._files)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
        self._update_buttons()

    def _choose_files(self) -> None:
        folder = remembered_folder(self._settings, SETTINGS_FOLDER)
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the participants' files"),
            str(folder),
            self.tr("sseassess files (*.sseassess);;All files (*)"),
        )
        if names:
            self._settings.setValue(SETTINGS_FOLDER, str(Path(names[0]).parent))
            self.add_files([Path(name) for name in names])

    def _remove_selected(self) -> None:
        for item in self._files.selectedItems():
            self._files.takeItem(self._files.row(item))
        self._update_buttons()

    def start(self) -> None:
        """Import the files in the list in the background."""
        if self.running or not self._files.count():
            return
        from sseassess.app.bundles import collect

        workspace, paths = self._workspace, self.files()

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return collect(workspace, paths, progress, cancelled)

        task = Task(work, self)
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        self._task = task
        self._summary.setVisible(False)
        self._progress.setRange(0, len(paths))
        self._progress.setValue(0)
        self._set_running(True)
        self._runner.start(task)

    def cancel(self) -> None:
        """Stop after the file being imported (the files done so far stay imported)."""
        if self._task is None:
            return
        self._task.cancel()
        self._cancel.setEnabled(False)
        self._show_summary(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        if self._task is None:
            return
        self._progress.setRange(0, max(total, 0))
        self._progress.setValue(max(0, min(done, total)))

    def _finish_task(self) -> None:
        self._task = None
        self._set_running(False)

    def _on_finished(self, result: object) -> None:
        self._finish_task()
        if not isinstance(result, CollectReport):
            return
        self._model.set_report(result)
        self._table.setVisible(True)
        self._table.resizeColumnToContents(OutcomeTableModel.FILE)
        parts = [
            self.tr("%n imported", "", result.count(Outcome.IMPORTED)),
            self.tr("%n updated", "", result.count(Outcome.UPDATED)),
            self.tr("%n unchanged", "", result.count(Outcome.UNCHANGED)),
            self.tr("%n refused", "", result.count(Outcome.REFUSED)),
        ]
        text = self.tr("Files: {counts}.").format(counts=", ".join(parts))
        if result.cancelled:
            text += " " + self.tr(
                "Cancelled: %n file(s) not read; the files above stay imported.",
                "",
                result.total - len(result.outcomes),
            )
        other = [
            outcome
            for outcome in result.outcomes
            if self._assessment_uuid is not None
            and outcome.assessment_uuid not in (None, self._assessment_uuid)
        ]
        if other:
            text += " " + self.tr(
                "%n file(s) belonged to another assessment and went there.", "", len(other)
            )
        self._show_summary(text, error=bool(result.refused))
        self.collected.emit(result)
        self._close_if_asked()

    def _on_failed(self, error: object) -> None:
        self._finish_task()
        if isinstance(error, TranslatableError):
            self._show_summary(error.message(translation(self._language).gettext), error=True)
        else:
            self._show_summary(
                self.tr("Collecting stopped because of an error in sseassess: {detail}").format(
                    detail=error
                ),
                error=True,
            )
            hand_to_crash_handler(error)
        self._close_if_asked()

    def _close_if_asked(self) -> None:
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    @override
    def reject(self) -> None:
        """Close; while collecting, cancel first and close once the current file is done."""
        if self.running:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()
