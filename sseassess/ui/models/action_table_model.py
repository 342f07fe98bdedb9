"""Table model of the action plan: what, for which indicator, who, by when, status."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from sseassess.domain.framework import Framework
from sseassess.domain.records import ACTION_STATUSES, ActionItem, ActionStatus
from sseassess.domain.text import TranslatableError
from sseassess.i18n import format_date, translation
from sseassess.ui.decorators import override
from sseassess.ui.names import action_status_name

_Index = QModelIndex | QPersistentModelIndex


class ActionTableModel(QAbstractTableModel):
    """The actions of one assessment; each edit is saved through ``saver`` at once."""

    COLUMNS = 5
    DESCRIPTION, INDICATOR, OWNER, DUE, STATUS = range(COLUMNS)
    # Emitted with a translated message when an edit could not be saved.
    save_failed = Signal(str)

    def __init__(
        self,
        framework: Framework,
        language: str,
        saver: Callable[[ActionItem], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._framework = framework
        self._language = language
        self._saver = saver
        self._actions: list[ActionItem] = []

    def set_actions(self, actions: list[ActionItem]) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self.endResetModel()

    def action(self, row: int) -> ActionItem:
        return self._actions[row]

    def append(self, action: ActionItem) -> bool:
        """Save a new action and show it; False (and ``save_failed``) if it was refused."""
        saved = self._save(action)
        if saved is None:
            return False
        self.beginInsertRows(QModelIndex(), len(self._actions), len(self._actions))
        self._actions.append(saved)
        self.endInsertRows()
        return True

    def remove(self, row: int) -> ActionItem:
        self.beginRemoveRows(QModelIndex(), row, row)
        action = self._actions.pop(row)
        self.endRemoveRows()
        return action

    def _save(self, action: ActionItem) -> ActionItem | None:
        try:
            uuid = self._saver(action)
        except TranslatableError as error:
            self.save_failed.emit(error.message(translation(self._language).gettext))
            return None
        return dataclasses.replace(action, uuid=uuid)

    # -- Qt model interface

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._actions)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Action"),
            self.tr("For indicator"),
            self.tr("Who"),
            self.tr("By when"),
            self.tr("Status"),
        )[section]

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() != self.INDICATOR:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action = self._actions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole:
            if column == self.DUE:
                due = action.due_date or date.today()
                return QDate(due.year, due.month, due.day)
            if column == self.STATUS:
                return action.status
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.DESCRIPTION:
                return action.description
            if column == self.INDICATOR:
                if action.indicator_id and self._framework.has_indicator(action.indicator_id):
                    return self._framework.indicator(action.indicator_id).question.get(
                        self._language
                    )
                return ""
            if column == self.OWNER:
                return action.owner
            if column == self.DUE:
                return format_date(action.due_date, self._language) if action.due_date else ""
            if column == self.STATUS:
                return action_status_name(action.status)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.DESCRIPTION, self.INDICATOR):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    @override
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        action = self._actions[index.row()]
        column = index.column()
        if column == self.DESCRIPTION:
            changed = dataclasses.replace(action, description=str(value).strip())
        elif column == self.OWNER:
            changed = dataclasses.replace(action, owner=str(value).strip())
        elif column == self.DUE:
            due = value.toPython() if isinstance(value, QDate) else value
            changed = dataclasses.replace(action, due_date=due if isinstance(due, date) else None)
        elif column == self.STATUS and value in ACTION_STATUSES:
            changed = dataclasses.replace(action, status=ActionStatus(value))
        else:
            return False
        if changed == action:
            return True
        saved = self._save(changed)
        if saved is None:
            return False
        self._actions[index.row()] = saved
        self.dataChanged.emit(index, index)
        return True
