"""The trainer's dialog that collects participants' answer files and says what each gave."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sseassess.app.bundles import CollectReport
from sseassess.app.changes import ChangeLine
from sseassess.domain.merge import Outcome
from sseassess.i18n import format_date, translation
from sseassess.ui.decorators import override
from sseassess.ui.dialogs.job_dialog import Job, JobDialog, JobTexts
from sseassess.ui.models.outcome_table_model import OutcomeTableModel
from sseassess.ui.palette import bad_colour
from sseassess.ui.settings import COLLECT_FOLDER
from sseassess.ui.tasks import Cancelled, Progress, TaskRunner

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace


class CollectDialog(JobDialog):
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
        runner: TaskRunner,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, language, parent)
        self._workspace = workspace
        self._assessment_uuid: str | None = None
        # The files whose changes the user accepted, while they are imported again.
        self._accepting: list[Path] | None = None
        self._settings = settings
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
        self._files.setObjectName("files")
        self._files.setAccessibleName(self.tr("Files to collect"))
        self._files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._files.itemSelectionChanged.connect(self._update_buttons)
        self._add = QPushButton(self.tr("&Add files…"), self)
        self._add.setObjectName("add_files")
        self._add.setAccessibleName(self.tr("Add files to collect"))
        self._add.clicked.connect(self._choose_files)
        self._remove = QPushButton(self.tr("&Remove"), self)
        self._remove.setObjectName("remove_files")
        self._remove.setAccessibleName(self.tr("Remove the selected files from the list"))
        self._remove.clicked.connect(self._remove_selected)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self._add)
        file_buttons.addWidget(self._remove)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self._files, 1)
        file_row.addLayout(file_buttons)

        self._model = OutcomeTableModel(
            translation(language).gettext, bad_colour(self.palette()), self
        )
        self._table = QTableView(self)
        self._table.setObjectName("outcomes")
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

        self._build_job_controls(
            JobTexts(
                start=self.tr("&Collect"),
                start_name=self.tr("Import the files in the list"),
                start_object="collect",
                progress_name=self.tr("Collect progress"),
                message_name=self.tr("Summary"),
                cancel=self.tr("&Cancel collecting"),
                cancel_name=self.tr("Stop after the file being imported"),
                message_selectable=False,
            )
        )

        layout.addLayout(file_row, 1)
        layout.addWidget(self._progress)
        layout.addWidget(self._message)
        layout.addWidget(self._table, 2)
        layout.addLayout(self._button_row())
        self._update_buttons()

    # -- state

    @property
    def model(self) -> OutcomeTableModel:
        """The outcome of each file of the last collection."""
        return self._model

    def files(self) -> list[Path]:
        """The files in the list, in order."""
        return [
            Path(str(self._files.item(row).data(Qt.ItemDataRole.UserRole)))
            for row in range(self._files.count())
        ]

    @override
    def _ready(self) -> bool:
        return self._files.count() > 0

    @override
    def _update_buttons(self) -> None:
        super()._update_buttons()
        idle = not self.running
        self._remove.setEnabled(idle and bool(self._files.selectedItems()))
        self._add.setEnabled(idle)

    @override
    def _set_fields_enabled(self, enabled: bool) -> None:
        self._files.setEnabled(enabled)

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
        folder = COLLECT_FOLDER.folder(self._settings)
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the participants' files"),
            str(folder),
            self.tr("sseassess files (*.sseassess);;All files (*)"),
        )
        if names:
            COLLECT_FOLDER.set_folder(self._settings, Path(names[0]).parent)
            self.add_files([Path(name) for name in names])

    def _remove_selected(self) -> None:
        for item in self._files.selectedItems():
            self._files.takeItem(self._files.row(item))
        self._update_buttons()

    @override
    def _prepare(self) -> Job:
        """Import the files in the list (or, once the user accepted their changes, the
        files that waited for it); cancelling stops after the file being imported (the
        files done so far stay imported)."""
        from sseassess.app.bundles import collect

        accept = self._accepting is not None
        workspace = self._workspace
        paths = list(self._accepting) if self._accepting is not None else self.files()

        def work(progress: Progress, cancelled: Cancelled) -> CollectReport:
            return collect(workspace, paths, progress, cancelled, accept=accept)

        return Job(work, steps=len(paths))

    def _ask_about_changes(self, report: CollectReport) -> None:
        """Files that would change answers already here: show their changes, and import
        them again only if the user accepts."""
        from sseassess.app.changes import change_lines

        gettext = translation(self._language).gettext
        lines = [
            line
            for outcome in report.pending
            if outcome.assessment_uuid is not None
            for line in change_lines(
                outcome.changes,
                self._workspace.framework_of(self._workspace.assessment(outcome.assessment_uuid)),
                gettext,
            )
        ]
        source = ", ".join(outcome.path.name for outcome in report.pending)
        if self.confirm(lines, source):
            self._accepting = [outcome.path for outcome in report.pending]
            self.start()

    def confirm(self, lines: list[ChangeLine], source: str) -> bool:
        """Ask the user to accept the changes (a modal dialog; tests replace it)."""
        from sseassess.ui.dialogs.changes_dialog import confirm_changes

        return confirm_changes(lines, source, self)

    @override
    def _job_finished(self, result: object, cancelled: bool) -> None:
        if not isinstance(result, CollectReport):
            return
        if self._accepting is not None:
            self._accepting = None
            done = {outcome.path: outcome for outcome in result.outcomes}
            previous = self._model.report
            result = CollectReport(
                tuple(done.get(outcome.path, outcome) for outcome in previous.outcomes),
                previous.total,
                result.cancelled,
            )
        self._model.set_report(result)
        self._table.setVisible(True)
        self._table.resizeColumnToContents(OutcomeTableModel.FILE)
        counts = {status: result.count(status) for status in Outcome}
        parts = [
            text
            for status, text in (
                (Outcome.IMPORTED, self.tr("%n imported", "", counts[Outcome.IMPORTED])),
                (Outcome.UPDATED, self.tr("%n updated", "", counts[Outcome.UPDATED])),
                (
                    Outcome.CHANGED,
                    self.tr("%n changed as you accepted", "", counts[Outcome.CHANGED]),
                ),
                (Outcome.UNCHANGED, self.tr("%n unchanged", "", counts[Outcome.UNCHANGED])),
                (
                    Outcome.PENDING,
                    self.tr("%n waiting for your approval", "", counts[Outcome.PENDING]),
                ),
                (Outcome.REFUSED, self.tr("%n refused", "", counts[Outcome.REFUSED])),
            )
            if counts[status]
        ] or [self.tr("none")]
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
        self._show_message(text, error=bool(result.refused))
        self.collected.emit(result)
        if result.pending and not result.cancelled:
            self._ask_about_changes(result)

    @override
    def _bug_text(self, error: object) -> str:
        return self.tr("Collecting stopped because of an error in sseassess: {detail}").format(
            detail=error
        )
