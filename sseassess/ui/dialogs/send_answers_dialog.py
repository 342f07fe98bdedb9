"""The dialog a participant uses on their own laptop to send their answers as a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sseassess.app.bundles import SUFFIX, Bundle
from sseassess.domain.records import MAX_PARTICIPANT_NAME, ROLES, AssessmentRecord
from sseassess.domain.text import TranslatableError
from sseassess.i18n import format_date, translation
from sseassess.ui.decorators import override
from sseassess.ui.feedback import hand_to_crash_handler, show_message
from sseassess.ui.file_names import safe_file_name
from sseassess.ui.names import role_name
from sseassess.ui.settings import PARTICIPANT_NAME, PARTICIPANT_ROLE, SEND_FOLDER
from sseassess.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace


class SendAnswersDialog(QDialog):
    """ "Send my answers": the participant's name, role and a file; writes the bundle.

    On a participant's laptop the answers given in the wizard are the workshop
    assessment's own; they are written as this participant's (see
    ``sseassess.app.bundles``). The name and role are remembered, so that sending
    again after a change keeps the same identity for the trainer.
    """

    # Emitted with the path of the file written.
    sent = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        assessment_uuid: str | None,
        language: str,
        runner: TaskRunner,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._language = language
        self._runner = runner
        self._settings = settings
        self._task: Task | None = None
        self._close_when_done = False
        self._path_edited = False
        self._target_of_task = Path()
        self.setWindowTitle(self.tr("Send my answers"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Save your answers in a file and give it to the facilitator of the workshop "
                "(on a USB stick or by e-mail). If you change your answers later, send them "
                "again: the facilitator keeps your latest ones."
            ),
            self,
        )
        intro.setWordWrap(True)

        workshops = self._workshops(assessment_uuid)
        self._workshop = QComboBox(self)
        self._workshop.setAccessibleName(self.tr("Workshop"))
        for record in workshops:
            self._workshop.addItem(
                self.tr("{organization}, {date}").format(
                    organization=record.organization_name,
                    date=format_date(record.assessed_on, language),
                ),
                record.uuid,
            )
        self._workshop.setEnabled(assessment_uuid is None and len(workshops) > 1)
        self._workshop.currentIndexChanged.connect(self._suggest_path)

        self._name = QLineEdit(self)
        self._name.setMaxLength(MAX_PARTICIPANT_NAME)
        self._name.setAccessibleName(self.tr("Your name"))
        self._name.setPlaceholderText(self.tr("The same name each time you send"))
        remembered = PARTICIPANT_NAME.get(settings)
        if remembered:
            self._name.setText(remembered)
        self._name.textChanged.connect(self._suggest_path)
        self._name.textChanged.connect(self._update_buttons)

        self._role = QComboBox(self)
        self._role.setAccessibleName(self.tr("Your role"))
        self._role.addItem(self.tr("Not given"), None)
        for role in ROLES:
            self._role.addItem(role_name(role), role)
        self._role.setCurrentIndex(max(0, self._role.findData(PARTICIPANT_ROLE.get(settings))))

        self._path = QLineEdit(self)
        self._path.setAccessibleName(self.tr("File to write"))
        self._path.textEdited.connect(self._on_path_edited)
        self._path.textChanged.connect(self._update_buttons)
        self._choose = QPushButton(self.tr("C&hoose…"), self)
        self._choose.setAccessibleName(self.tr("Choose where to save the file"))
        self._choose.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self._path, 1)
        path_row.addWidget(self._choose)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, field in (
            (self.tr("&Workshop:"), self._workshop),
            (self.tr("Your &name:"), self._name),
            (self.tr("Your &role:"), self._role),
            (self.tr("&File:"), self._path),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, path_row if field is self._path else field)

        self._progress = QProgressBar(self)
        self._progress.setAccessibleName(self.tr("Progress"))
        self._progress.setRange(0, 0)
        self._progress.setVisible(False)
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message.setAccessibleName(self.tr("Result"))
        self._message.setVisible(False)

        self._send = QPushButton(self.tr("&Send"), self)
        self._send.setAccessibleName(self.tr("Write my answers to the file"))
        self._send.setDefault(True)
        self._send.clicked.connect(self.send)
        self._close = QPushButton(self.tr("Close"), self)
        self._close.setAccessibleName(self.tr("Close this window"))
        self._close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._send)
        buttons.addWidget(self._close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._progress)
        layout.addWidget(self._message)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._suggest_path()
        if not workshops:
            self._show_message(
                self.tr(
                    "There is no workshop on this computer yet: first import the workshop "
                    "file the facilitator gave you."
                ),
                error=True,
            )
        self._update_buttons()
        self._name.setFocus()

    # -- state

    def _workshops(self, assessment_uuid: str | None) -> list[AssessmentRecord]:
        if assessment_uuid is not None:
            return [self._workspace.find_assessment(assessment_uuid)]
        return [record for record in self._workspace.assessments() if record.kind == "workshop"]

    @property
    def running(self) -> bool:
        return self._task is not None

    def message(self) -> str:
        """What the dialog says about the last send (empty before the first)."""
        return "" if self._message.isHidden() else self._message.text()

    def _suggest_path(self) -> None:
        """A file name from the workshop and the participant, until the user types one."""
        if self._path_edited:
            return
        record_name = self._workshop.currentText()
        stem = safe_file_name(f"{record_name} {self._name.text().strip()}".strip())
        folder = (
            Path(self._path.text()).parent
            if self._path.text()
            else SEND_FOLDER.folder(self._settings)
        )
        self._path.setText(str(folder / (stem + SUFFIX)))

    def _on_path_edited(self, _text: str) -> None:
        self._path_edited = True

    def _target(self) -> Path:
        path = Path(self._path.text().strip()).expanduser()
        return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)

    def _update_buttons(self) -> None:
        ready = self._workshop.count() > 0 and bool(self._name.text().strip())
        self._send.setEnabled(ready and bool(self._path.text().strip()) and not self.running)

    def _set_running(self, running: bool) -> None:
        for widget in (self._name, self._role, self._path, self._choose):
            widget.setEnabled(not running)
        self._workshop.setEnabled(not running and self._workshop.count() > 1)
        self._progress.setVisible(running)
        self._close.setEnabled(not running)
        self._update_buttons()

    def _show_message(self, text: str, error: bool = False) -> None:
        show_message(self._message, text, error)

    # -- actions

    def _choose_path(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save my answers as"),
            self._path.text(),
            self.tr("sseassess files (*.sseassess)"),
        )
        if name:
            self._path_edited = True
            self._path.setText(name)

    def send(self) -> None:
        """Write the bundle in the background; the outcome is shown in the dialog."""
        if self.running or not self._send.isEnabled():
            return
        target = self._target()
        if not target.parent.is_dir():
            self._show_message(
                self.tr("The folder {folder} does not exist; choose another one.").format(
                    folder=target.parent
                ),
                error=True,
            )
            return
        from sseassess.app.bundles import export_bundle

        workspace = self._workspace
        assessment = str(self._workshop.currentData())
        name = self._name.text().strip()
        role = self._role.currentData()

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
            return export_bundle(workspace, assessment, target, name, role)

        task = self._runner.new_task(
            work, parent=self, finished=self._on_finished, failed=self._on_failed
        )
        self._task = task
        self._target_of_task = target
        self._message.setVisible(False)
        self._set_running(True)
        self._runner.start(task)

    def _finish_task(self) -> None:
        self._task = None
        self._set_running(False)

    def _on_finished(self, bundle: object) -> None:
        self._finish_task()
        target = self._target_of_task
        count = len(bundle.answers) if isinstance(bundle, Bundle) else 0
        PARTICIPANT_NAME.set(self._settings, self._name.text().strip())
        PARTICIPANT_ROLE.set(self._settings, self._role.currentData() or "")
        SEND_FOLDER.set_folder(self._settings, target.parent)
        self._show_message(
            self.tr(
                "Your answers (%n) are saved in {file}. Give this file to the facilitator.",
                "",
                count,
            ).format(file=target)
        )
        self.sent.emit(target)
        self._close_if_asked()

    def _on_failed(self, error: object) -> None:
        self._finish_task()
        if isinstance(error, TranslatableError):
            self._show_message(error.message(translation(self._language).gettext), error=True)
        else:
            self._show_message(
                self.tr(
                    "The file could not be written because of an error in sseassess: {detail}"
                ).format(detail=error),
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
        """Close; while the file is being written, close once it is done."""
        if self.running:
            self._close_when_done = True
            return
        super().reject()
