"""Table model of the action plan: what, for which indicator, who, by when, status."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
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
from sseassess.i18n import translation
from sseassess.ui.decorators import override
from sseassess.ui.models.row_table_model import Column, RowTableModel
from sseassess.ui.names import action_status_name
from sseassess.ui.text import short_date

_Index = QModelIndex | QPersistentModelIndex


class ActionTableModel(RowTableModel[ActionItem]):
    """The actions of one assessment; each edit is saved through ``saver`` at once."""

    DESCRIPTION, INDICATOR, OWNER, DUE, STATUS = range(5)
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

    def set_actions(self, actions: list[ActionItem]) -> None:
        self._set_rows(actions)

    def action(self, row: int) -> ActionItem:
        return self._rows[row]

    def append(self, action: ActionItem) -> bool:
        """Save a new action and show it; False (and ``save_failed``) if it was refused."""
        saved = self._save(action)
        if saved is None:
            return False
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(saved)
        self.endInsertRows()
        return True

    def remove(self, row: int) -> ActionItem:
        self.beginRemoveRows(QModelIndex(), row, row)
        action = self._rows.pop(row)
        self.endRemoveRows()
        return action

    def _save(self, action: ActionItem) -> ActionItem | None:
        try:
            uuid = self._saver(action)
        except TranslatableError as error:
            self.save_failed.emit(error.message(translation(self._language).gettext))
            return None
        return dataclasses.replace(action, uuid=uuid)

    # -- the columns

    @override
    def columns(self) -> Sequence[Column[ActionItem]]:
        return (
            Column(
                title=lambda: self.tr("Action"),
                display=lambda action: action.description,
                edit=lambda action: action.description,
                editable=True,
                tooltip=lambda action: action.description,
            ),
            Column(
                title=lambda: self.tr("For indicator"),
                display=self._indicator_text,
                edit=self._indicator_text,
                tooltip=self._indicator_text,
            ),
            Column(
                title=lambda: self.tr("Who"),
                display=lambda action: action.owner,
                edit=lambda action: action.owner,
                editable=True,
            ),
            Column(
                title=lambda: self.tr("By when"),
                # As the date field reads it (ActionPlanPage's editor): typed as shown.
                display=lambda action: (
                    short_date(action.due_date, self._language) if action.due_date else ""
                ),
                edit=self._due_date,
                editable=True,
            ),
            Column(
                title=lambda: self.tr("Status"),
                display=lambda action: action_status_name(action.status),
                edit=lambda action: action.status,
                editable=True,
            ),
        )

    def _indicator_text(self, action: ActionItem) -> str:
        if action.indicator_id and self._framework.has_indicator(action.indicator_id):
            return self._framework.indicator(action.indicator_id).question.get(self._language)
        return ""

    @staticmethod
    def _due_date(action: ActionItem) -> QDate:
        """The date to edit: the one set, or today."""
        due = action.due_date or date.today()
        return QDate(due.year, due.month, due.day)

    @override
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        action = self._rows[index.row()]
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
        self._rows[index.row()] = saved
        self.dataChanged.emit(index, index)
        return True
