"""List model of a workshop's participants: "Participant 1 — Worker", or their names."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from sseassess.domain.answers import Answer
from sseassess.domain.records import ParticipantRecord
from sseassess.ui.decorators import override
from sseassess.ui.names import participant_labels, role_name
from sseassess.ui.text import arg

_Index = QModelIndex | QPersistentModelIndex

# The participant's UUID.
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class ParticipantListModel(QAbstractListModel):
    """The participants of a workshop with their role, called "Participant 1", "Participant
    2"… unless names are shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._participants: tuple[ParticipantRecord, ...] = ()
        self._answered: dict[str, int] = {}
        self._total = 0
        self._show_names = False
        self._labels: dict[str, str] = {}
        self._shown_roles: frozenset[str] = frozenset()

    def set_participants(
        self,
        participants: Sequence[ParticipantRecord],
        answers: Mapping[str, Mapping[str, Answer]] | None = None,
        indicator_count: int = 0,
        shown_roles: frozenset[str] = frozenset(),
    ) -> None:
        """Show these participants; ``answers`` (by participant UUID) tell how far each got.
        Only roles in ``shown_roles`` are shown: a role that one or two people hold would
        point at them (``WorkshopView.shown_roles``)."""
        self.beginResetModel()
        self._participants = tuple(participants)
        self._shown_roles = shown_roles
        answers = answers or {}
        self._answered = {
            p.uuid: sum(1 for a in answers.get(p.uuid, {}).values() if a.is_answered)
            for p in self._participants
        }
        self._total = indicator_count
        self._labels = participant_labels(self._participants, self._show_names)
        self.endResetModel()

    def set_show_names(self, show_names: bool) -> None:
        """Show the participants' names (True) or "Participant 1, 2, …" (False)."""
        if show_names == self._show_names:
            return
        self._show_names = show_names
        self._labels = participant_labels(self._participants, show_names)
        if self._participants:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._participants) - 1, 0))

    @property
    def show_names(self) -> bool:
        return self._show_names

    def labels(self) -> dict[str, str]:
        """What each participant is called now, by UUID."""
        return dict(self._labels)

    def participant(self, row: int) -> ParticipantRecord:
        return self._participants[row]

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._participants)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._participants):
            return None
        participant = self._participants[index.row()]
        label = self._labels.get(participant.uuid, "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            shown = participant.role if participant.role in self._shown_roles else None
            role_text = role_name(shown)
            return arg(self.tr("%1 — %2"), label, role_text) if role_text else label
        if role == Qt.ItemDataRole.ToolTipRole:
            return arg(
                self.tr("Answered %1 of %2 indicators"),
                self._answered.get(participant.uuid, 0),
                self._total,
            )
        if role == ID_ROLE:
            return participant.uuid
        return None
