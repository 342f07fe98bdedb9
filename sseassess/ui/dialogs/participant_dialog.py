"""Adds a participant (a name and a role) to a workshop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.records import MAX_PARTICIPANT_NAME, ROLES
from sseassess.domain.text import TranslatableError
from sseassess.i18n import translation
from sseassess.ui.decorators import override
from sseassess.ui.names import role_name
from sseassess.ui.palette import bad_colour, set_text_colour

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace


class ParticipantDialog(QDialog):
    """Asks for a participant's name and role and adds them; a refusal is shown in the
    dialog, which stays open with what was typed."""

    # The participant was added (a ParticipantRecord).
    participant_added = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        assessment_uuid: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._uuid = assessment_uuid
        self._language = language
        self.setWindowTitle(self.tr("Add participant"))

        intro = QLabel(
            self.tr(
                "Record someone who scores on this computer in turn. Their name is shown "
                "only when the facilitator chooses to show names."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._name = QLineEdit(self)
        self._name.setMaxLength(MAX_PARTICIPANT_NAME)
        self._name.setAccessibleName(self.tr("Name"))
        self._name.setPlaceholderText(self.tr("A first name or a nickname is enough"))
        self._role = QComboBox(self)
        self._role.setAccessibleName(self.tr("Role"))
        self._role.addItem(self.tr("Not given"), None)
        for role in ROLES:
            self._role.addItem(role_name(role), role)
        self._error = QLabel(self)
        self._error.setWordWrap(True)
        self._error.setAccessibleName(self.tr("Problem"))
        set_text_colour(self._error, bad_colour(self.palette()))
        self._error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self._name)
        role_label = QLabel(self.tr("&Role:"), self)
        role_label.setBuddy(self._role)
        form.addRow(name_label, self._name)
        form.addRow(role_label, self._role)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("&Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self._name.setFocus()

    def set_values(self, name: str, role: str | None) -> None:
        """Fill in the fields (as typing would)."""
        self._name.setText(name)
        self._role.setCurrentIndex(max(0, self._role.findData(role)))

    def error_text(self) -> str:
        return self._error.text() if not self._error.isHidden() else ""

    @override
    def accept(self) -> None:
        try:
            participant = self._workspace.add_participant(
                self._uuid, self._name.text(), self._role.currentData()
            )
        except TranslatableError as error:
            self._error.setText(error.message(translation(self._language).gettext))
            self._error.show()
            self._name.setFocus()
            return
        self.participant_added.emit(participant)
        super().accept()
