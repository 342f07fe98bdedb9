"""A workshop's participants (anonymous unless names are shown) and its results by role.

A view only: adding and removing participants are asked of the divergence page by signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sseassess.ui.palette import dim
from sseassess.ui.text import arg, number
from sseassess.ui.widgets.table_views import CompactTableView
from sseassess.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from sseassess.app.workspace import WorkshopView
    from sseassess.ui.models.participant_list_model import ParticipantListModel
    from sseassess.ui.models.role_results_model import RoleResultsModel


class ParticipantsPanel(QWidget):
    """The participants with their roles, "Show names", add and remove, and the overall
    score by role."""

    # The facilitator ticked (True) or unticked "Show individual answers".
    show_names_toggled = Signal(bool)
    # The facilitator wants to add a participant.
    add_requested = Signal()
    # The facilitator wants to remove this participant (a ParticipantRecord).
    remove_requested = Signal(object)

    def __init__(
        self,
        participants: ParticipantListModel,
        roles: RoleResultsModel,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._participants = participants
        self._roles = roles
        people = QGroupBox(self.tr("Participants"), self)
        self._count = QLabel(people)
        self._count.setAccessibleName(self.tr("Number of participants"))
        self._list = QListView(people)
        self._list.setModel(participants)
        self._list.setObjectName("participants")
        self._list.setAccessibleName(self.tr("Participants"))
        self._list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._list.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self._show_names = QCheckBox(self.tr("Show individual &answers"), people)
        self._show_names.setObjectName("show_names")
        self._show_names.setAccessibleName(self.tr("Show individual answers"))
        self._show_names.setChecked(participants.show_names)
        self._show_names.toggled.connect(self.show_names_toggled)
        self._shows = WrappedLabel("", people)
        self._shows.setObjectName("what_is_shown")
        self._shows.setAccessibleName(self.tr("What the screen shows of each participant"))
        dim(self._shows)
        self._add = QPushButton(self.tr("&Add participant…"), people)
        self._add.setObjectName("add_participant")
        self._add.setAccessibleName(self.tr("Add a participant"))
        self._add.clicked.connect(self.add_requested)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self._count)
        people_layout.addWidget(self._list, 1)
        people_layout.addWidget(self._show_names)
        people_layout.addWidget(self._shows)
        people_layout.addWidget(self._add)
        remove = QPushButton(self.tr("Re&move participant…"), people)
        remove.setObjectName("remove_participant")
        remove.setToolTip(self.tr("Remove the selected participant and their answers"))
        remove.clicked.connect(self._remove_selected)
        people_layout.addWidget(remove)

        by_role = QGroupBox(self.tr("Results by role"), self)
        self._role_table = CompactTableView(by_role)
        self._role_table.set_model(roles)
        self._role_table.setObjectName("role_results")
        self._role_table.setAccessibleName(self.tr("Overall score by role"))
        self._no_roles = WrappedLabel(self.tr("No participant has a role yet."), by_role)
        self._language = language
        self._minimum = 3
        self._role_note = WrappedLabel("", by_role)
        dim(self._role_note)
        roles_layout = QVBoxLayout(by_role)
        roles_layout.addWidget(self._role_table)
        roles_layout.addWidget(self._no_roles)
        roles_layout.addWidget(self._role_note)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(people, 1)
        column.addWidget(by_role)

    def focus_chain(self) -> list[QWidget]:
        """The controls Tab goes through, in order."""
        return [self._list, self._show_names, self._add, self._role_table]

    def show_workshop(self, view: WorkshopView) -> None:
        """List the workshop's participants, how far each got, and the results by role."""
        self._participants.set_participants(
            view.participants, view.answers, view.framework.indicator_count, view.shown_roles
        )
        self._roles.set_results(view.by_role, view.participants, view.anonymity_minimum)
        self._minimum = view.anonymity_minimum
        self._role_note.setText(
            arg(
                self.tr(
                    "A role held by fewer than %1 participants who answered is hidden, here "
                    "and next to the participants, so that nobody's answers can be guessed."
                ),
                number(view.anonymity_minimum, self._language),
            )
        )
        self._explain_switch()
        self._role_table.setVisible(self._roles.rowCount() > 0)
        self._no_roles.setVisible(self._roles.rowCount() == 0)
        self._count.setText(self.tr("%n participant(s)", "", len(view.participants)))

    def set_read_only(self, read_only: bool) -> None:
        self._add.setEnabled(not read_only)

    def set_show_names(self, show: bool) -> None:
        """Show individual answers: participants by their names, and who chose what (True);
        or "Participant 1, 2, …" and only how many chose each level (False)."""
        self._participants.set_show_names(show)
        if self._show_names.isChecked() != show:
            self._show_names.setChecked(show)
        self._explain_switch()

    def _explain_switch(self) -> None:
        """Say exactly what the switch reveals, in its current position."""
        if self._participants.show_names:
            text = self.tr(
                "Shown now: each participant's name, and under each question who chose "
                "which level. For the facilitator's eyes, not for the projector."
            )
        else:
            text = self.tr(
                "Shown now: participants as Participant 1, 2, … and only how many chose "
                "each level. Ticking it shows each name and who chose which level."
            )
        self._shows.setText(text)

    def what_is_shown(self) -> str:
        """What the screen says the switch reveals."""
        return self._shows.text()

    def _remove_selected(self) -> None:
        index = self._list.currentIndex()
        if index.isValid():
            self.remove_requested.emit(self._participants.participant(index.row()))

    def participant_texts(self) -> list[str]:
        """The participants as listed ("Participant 1 — Worker" unless names are shown)."""
        return [
            str(self._participants.index(row, 0).data())
            for row in range(self._participants.rowCount())
        ]
