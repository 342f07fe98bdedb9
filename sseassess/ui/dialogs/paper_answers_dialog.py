"""The trainer types paper answers into a CSV/XLSX template and imports them for one person."""

from __future__ import annotations

import uuid as uuid_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.merge import ChangesNeedAcceptance
from sseassess.domain.records import MAX_PARTICIPANT_NAME, ParticipantRecord
from sseassess.domain.text import TranslatableError
from sseassess.i18n import translation
from sseassess.ui.feedback import error_text, show_message
from sseassess.ui.names import add_role_choices, participant_labels
from sseassess.ui.settings import COLLECT_FOLDER
from sseassess.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from sseassess.app.changes import ChangeLine
    from sseassess.app.workspace import Workspace


class PaperAnswersDialog(QDialog):
    """ "Import paper answers": a filled-in template (CSV or XLSX) and whose answers they are.

    The form's answers are laid over the participant's earlier ones (a one-row correction
    changes one answer). Answers already recorded that would change are listed first and
    changed only if accepted.
    """

    # Emitted once answers were imported (the workshop's views show them again).
    imported = Signal()

    def __init__(
        self,
        workspace: Workspace,
        assessment_uuid: str,
        language: str,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._uuid = assessment_uuid
        self._language = language
        self._settings = settings
        self.setWindowTitle(self.tr("Import paper answers"))
        self.setMinimumWidth(560)
        intro = WrappedLabel(
            self.tr(
                "Type one participant's paper answers into the template (Workshop ▸ Paper "
                "questionnaire), then import it here for that participant. Answers already "
                "recorded are only changed once you accept each change."
            ),
            self,
        )
        self._path = QLineEdit(self)
        self._path.setObjectName("path")
        self._path.setAccessibleName(self.tr("Answers file"))
        self._path.textChanged.connect(self._update)
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.setObjectName("choose_file")
        choose.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self._path, 1)
        path_row.addWidget(choose)
        self._person = QComboBox(self)
        self._person.setObjectName("participant")
        self._person.setAccessibleName(self.tr("Whose answers"))
        self._person.addItem(self.tr("A new participant"), None)
        participants = workspace.participants(assessment_uuid)
        labels = participant_labels(participants, show_names=True)
        self._participants = {p.uuid: p for p in participants}
        for participant in participants:
            self._person.addItem(labels[participant.uuid], participant.uuid)
        self._person.currentIndexChanged.connect(self._update)
        self._name = QLineEdit(self)
        self._name.setObjectName("name")
        self._name.setMaxLength(MAX_PARTICIPANT_NAME)
        self._name.setAccessibleName(self.tr("Name of the new participant"))
        self._name.textChanged.connect(self._update)
        self._role = QComboBox(self)
        self._role.setObjectName("role")
        self._role.setAccessibleName(self.tr("Role"))
        add_role_choices(self._role, self.tr("Not given"))
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self._path)  # a row of widgets gets no buddy by itself
        form.addRow(file_label, path_row)
        form.addRow(self.tr("&Whose answers:"), self._person)
        form.addRow(self.tr("&Name:"), self._name)
        form.addRow(self.tr("&Role:"), self._role)
        self._message = WrappedLabel("", self)
        self._message.setObjectName("message")
        self._message.hide()
        buttons = QDialogButtonBox(self)
        self._import = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self._import.setObjectName("import")
        self._import.clicked.connect(self.import_answers)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._update()

    def _choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the filled-in template"),
            str(COLLECT_FOLDER.folder(self._settings)),
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if name:
            self._path.setText(name)

    def set_values(self, path: Path, participant: str | None, name: str = "") -> None:
        """Fill in the form: the file, whose answers (a UUID, None: a new one) and a name."""
        self._path.setText(str(path))
        self._person.setCurrentIndex(max(0, self._person.findData(participant)))
        self._name.setText(name)

    def _update(self) -> None:
        new = self._person.currentData() is None
        self._name.setEnabled(new)
        ready = bool(self._path.text().strip()) and (not new or bool(self._name.text().strip()))
        self._import.setEnabled(ready)

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self._message, text, error)

    def message(self) -> str:
        return self._message.text() if not self._message.isHidden() else ""

    def import_answers(self) -> bool:
        """Read the file and import it for the chosen participant; changes to answers
        already here are shown and applied only if accepted. Whether anything was saved."""
        from sseassess.app.answers_csv import read_answers_file

        gettext = translation(self._language).gettext
        uuid = self._person.currentData()
        role = self._role.currentData()
        person = (
            self._participants[str(uuid)]
            if uuid is not None
            else ParticipantRecord(str(uuid_module.uuid4()), self._name.text().strip())
        )
        if role is not None:
            person = ParticipantRecord(person.uuid, person.display_name, role)
        path = Path(self._path.text().strip())
        try:
            framework = self._workspace.framework_of(self._workspace.assessment(self._uuid))
            answers = read_answers_file(path, framework)
            try:
                count, _changes = self._workspace.import_participant_answers(
                    self._uuid, person, answers, source=path.name
                )
            except ChangesNeedAcceptance as pending:
                from sseassess.app.changes import change_lines

                lines = change_lines(pending.changes, framework, gettext)
                if not self.confirm(lines, path.name):
                    self._say(self.tr("Nothing was changed."))
                    return False
                count, _changes = self._workspace.import_participant_answers(
                    self._uuid, person, answers, accept=True, source=path.name
                )
        except TranslatableError as error:
            self._say(error_text(error, self._language), error=True)
            return False
        if uuid is None:  # a new participant: the next form for them goes to them
            self._participants[person.uuid] = person
            self._person.addItem(person.display_name, person.uuid)
            self._person.setCurrentIndex(self._person.count() - 1)
        self._say(
            self.tr("%n answer(s) imported for {name}.", "", count).format(name=person.display_name)
        )
        self.imported.emit()
        return True

    def confirm(self, lines: list[ChangeLine], source: str) -> bool:
        """Ask the user to accept the changes (a modal dialog; tests replace it)."""
        from sseassess.ui.dialogs.changes_dialog import confirm_changes

        return confirm_changes(lines, source, self)
