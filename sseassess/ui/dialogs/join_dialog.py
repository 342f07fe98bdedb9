"""On a participant's laptop: join a workshop with the file the facilitator gave."""

from __future__ import annotations

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

from sseassess.domain.records import MAX_PARTICIPANT_NAME
from sseassess.domain.text import TranslatableError
from sseassess.i18n import format_date, translation
from sseassess.ui.feedback import show_message
from sseassess.ui.names import add_role_choices
from sseassess.ui.settings import COLLECT_FOLDER, PARTICIPANT_NAME, PARTICIPANT_ROLE
from sseassess.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from sseassess.app.bundles import Bundle
    from sseassess.app.workspace import Workspace


class JoinDialog(QDialog):
    """ "Join a workshop": the workshop file, who answers on this computer, their role.

    A file addressed to one participant already says who: their identity (their id) comes
    with it, so answering again on another laptop keeps one person for the facilitator.
    """

    # Emitted with the UUID of the workshop joined.
    joined = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        language: str,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._language = language
        self._settings = settings
        self._bundle: Bundle | None = None
        self.setWindowTitle(self.tr("Join a workshop"))
        self.setMinimumWidth(540)
        intro = WrappedLabel(
            self.tr(
                "Choose the workshop file the facilitator gave you (.sseassess). Your answers "
                "stay on this computer until you send them with “Send my answers”."
            ),
            self,
        )
        self._path = QLineEdit(self)
        self._path.setObjectName("path")
        self._path.setAccessibleName(self.tr("Workshop file"))
        self._path.setReadOnly(True)
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.setObjectName("choose_file")
        choose.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self._path, 1)
        path_row.addWidget(choose)
        self._workshop = QLabel(self)
        self._workshop.setObjectName("workshop")
        self._workshop.setWordWrap(True)
        self._name = QLineEdit(self)
        self._name.setObjectName("name")
        self._name.setMaxLength(MAX_PARTICIPANT_NAME)
        self._name.setAccessibleName(self.tr("Your name"))
        self._name.setText(PARTICIPANT_NAME.get(settings))
        self._name.textChanged.connect(self._update)
        self._role = QComboBox(self)
        self._role.setObjectName("role")
        self._role.setAccessibleName(self.tr("Your role"))
        add_role_choices(self._role, self.tr("Not given"))
        self._role.setCurrentIndex(max(0, self._role.findData(PARTICIPANT_ROLE.get(settings))))
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self._path)  # a row of widgets gets no buddy by itself
        form.addRow(file_label, path_row)
        form.addRow(self.tr("Workshop:"), self._workshop)
        form.addRow(self.tr("Your &name:"), self._name)
        form.addRow(self.tr("Your &role:"), self._role)
        self._message = WrappedLabel("", self)
        self._message.setObjectName("message")
        self._message.hide()
        buttons = QDialogButtonBox(self)
        self._join = buttons.addButton(self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._join.setObjectName("join")
        buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.join)
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
            self.tr("Choose the workshop file"),
            str(COLLECT_FOLDER.folder(self._settings)),
            self.tr("sseassess files (*.sseassess);;All files (*)"),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Read the workshop file at ``path`` and say whose workshop it is (and for whom)."""
        from sseassess.app.bundles import read_workshop_file

        self._path.setText(str(path))
        self._bundle = None
        try:
            bundle = read_workshop_file(self._workspace, path)
        except TranslatableError as error:
            self._workshop.setText("")
            self._say(error.message(translation(self._language).gettext), error=True)
            self._update()
            return
        self._bundle = bundle
        self._say("")
        self._workshop.setText(
            self.tr("{organization}, {date}").format(
                organization=bundle.organization.profile.name,
                date=format_date(bundle.assessment.assessed_on, self._language),
            )
        )
        addressed = bundle.participant
        if addressed is not None:
            self._name.setText(addressed.display_name)
            if addressed.role is not None:
                self._role.setCurrentIndex(self._role.findData(addressed.role))
            self._say(
                self.tr("This file is for {name}: their answers keep one identity.").format(
                    name=addressed.display_name
                )
            )
        self._update()

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self._message, text, error)
        self._message.setVisible(bool(text))

    def _update(self) -> None:
        self._join.setEnabled(self._bundle is not None and bool(self._name.text().strip()))

    def message(self) -> str:
        return self._message.text() if not self._message.isHidden() else ""

    def join(self) -> None:
        """Add the workshop and answer it as the person named; close when done."""
        from sseassess.app.bundles import join_workshop

        if self._bundle is None or not self._join.isEnabled():
            return
        name, role = self._name.text().strip(), self._role.currentData()
        try:
            assessment, _person = join_workshop(
                self._workspace, Path(self._path.text()), name, role
            )
        except TranslatableError as error:
            self._say(error.message(translation(self._language).gettext), error=True)
            return
        PARTICIPANT_NAME.set(self._settings, name)
        PARTICIPANT_ROLE.set(self._settings, role or "")
        self.joined.emit(assessment)
        self.accept()
