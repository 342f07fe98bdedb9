"""The dialog a participant uses on their own laptop to send their answers as a file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sseassess.app.bundles import SUFFIX, Bundle
from sseassess.domain.records import MAX_PARTICIPANT_NAME, AssessmentRecord
from sseassess.i18n import format_date
from sseassess.ui.decorators import override
from sseassess.ui.dialogs.job_dialog import Job, JobDialog, JobTexts
from sseassess.ui.file_names import safe_file_name
from sseassess.ui.names import add_role_choices
from sseassess.ui.settings import PARTICIPANT_NAME, PARTICIPANT_ROLE, SEND_FOLDER
from sseassess.ui.tasks import Cancelled, Progress, TaskRunner

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace


class SendAnswersDialog(JobDialog):
    """ "Send my answers": the participant's name, role and a file; writes the bundle.

    On a participant's laptop the answers given in the wizard are the workshop
    assessment's own; they are written as this participant's (see
    ``sseassess.app.bundles``). The name and role are remembered, so that sending
    again after a change keeps the same identity for the trainer. Writing the file cannot
    be cancelled (it is quick); closing while it is written closes once it is done.
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
        super().__init__(runner, language, parent)
        self._workspace = workspace
        self._settings = settings
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
        self._workshop.setObjectName("workshop")
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
        self._name.setObjectName("name")
        self._name.setAccessibleName(self.tr("Your name"))
        self._name.setPlaceholderText(self.tr("The same name each time you send"))
        remembered = PARTICIPANT_NAME.get(settings)
        if remembered:
            self._name.setText(remembered)
        self._name.textChanged.connect(self._suggest_path)
        self._name.textChanged.connect(self._update_buttons)

        self._role = QComboBox(self)
        self._role.setObjectName("role")
        self._role.setAccessibleName(self.tr("Your role"))
        add_role_choices(self._role, self.tr("Not given"))
        self._role.setCurrentIndex(max(0, self._role.findData(PARTICIPANT_ROLE.get(settings))))

        self._path = QLineEdit(self)
        self._path.setObjectName("path")
        self._path.setAccessibleName(self.tr("File to write"))
        self._path.textEdited.connect(self._on_path_edited)
        self._path.textChanged.connect(self._update_buttons)
        self._choose = QPushButton(self.tr("C&hoose…"), self)
        self._choose.setObjectName("choose_path")
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

        self._build_job_controls(
            JobTexts(
                start=self.tr("&Send"),
                start_name=self.tr("Write my answers to the file"),
                start_object="send",
                progress_name=self.tr("Progress"),
                message_name=self.tr("Result"),
            )
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._progress)
        layout.addWidget(self._message)
        layout.addStretch(1)
        layout.addLayout(self._button_row())

        self._workshop.currentIndexChanged.connect(self._sync_identity)
        self._sync_identity()
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

    def _sync_identity(self) -> None:
        """On a laptop that joined the workshop, it answers as one person: their name."""
        uuid = self._workshop.currentData()
        here = self._workspace.participant_on_this_computer(str(uuid)) if uuid is not None else None
        if here is not None:
            self._name.setText(here.display_name)
        self._name.setReadOnly(here is not None)

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

    @override
    def _ready(self) -> bool:
        ready = self._workshop.count() > 0 and bool(self._name.text().strip())
        return ready and bool(self._path.text().strip())

    @override
    def _set_fields_enabled(self, enabled: bool) -> None:
        for widget in (self._name, self._role, self._path, self._choose):
            widget.setEnabled(enabled)
        self._workshop.setEnabled(enabled and self._workshop.count() > 1)

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

    @override
    def _prepare(self) -> Job | None:
        """Write the bundle; the outcome is shown in the dialog."""
        target = self._target()
        if not self._folder_exists(target.parent):
            return None
        from sseassess.app.bundles import export_bundle

        workspace = self._workspace
        assessment = str(self._workshop.currentData())
        name = self._name.text().strip()
        role = self._role.currentData()

        def work(_progress: Progress, _cancelled: Cancelled) -> Bundle:
            return export_bundle(workspace, assessment, target, name, role)

        self._target_of_task = target
        return Job(work)

    @override
    def _job_finished(self, result: object, cancelled: bool) -> None:
        target = self._target_of_task
        count = len(result.answers) if isinstance(result, Bundle) else 0
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

    @override
    def _bug_text(self, error: object) -> str:
        return self.tr(
            "The file could not be written because of an error in sseassess: {detail}"
        ).format(detail=error)
