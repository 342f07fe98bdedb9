"""The action plan: steps for the weakest points, with who does what by when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.records import ACTION_STATUSES, ActionItem
from sseassess.ui.decorators import override
from sseassess.ui.dialogs.suggestions_dialog import SuggestionsDialog
from sseassess.ui.fonts import heading
from sseassess.ui.models.action_table_model import ActionTableModel
from sseassess.ui.names import action_status_name
from sseassess.ui.text import arg, date_format, qt_locale

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex


class _StatusDelegate(QStyledItemDelegate):
    @override
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QComboBox(parent)
        for status in ACTION_STATUSES:
            editor.addItem(action_status_name(status), status)
        return editor

    @override
    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    @override
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class _DateDelegate(QStyledItemDelegate):
    """A date field that reads and shows the date as the table does, in the user's
    language, with a calendar naming the months in it."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language

    @override
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setObjectName("due_date_editor")
        locale = qt_locale(self._language)
        editor.setLocale(locale)
        editor.setDisplayFormat(date_format(self._language))
        editor.setCalendarPopup(True)
        editor.calendarWidget().setLocale(locale)
        return editor


class ActionPlanPage(QWidget):
    """Edits the action plan of one assessment; every edit is saved at once."""

    results_requested = Signal(str)
    home_requested = Signal()

    def __init__(self, workspace: Workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._language = language
        self._uuid: str | None = None
        self._model: ActionTableModel | None = None

        self._title = heading("", 1.3, self)
        self._empty = QLabel(
            self.tr(
                "No action yet. Start from the suggestions for your weakest points, or add "
                "your own."
            ),
            self,
        )
        self._empty.setWordWrap(True)
        self._empty.setObjectName("empty")
        self._table = QTableView(self)
        self._table.setObjectName("actions")
        self._table.setAccessibleName(self.tr("Action plan"))
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setWordWrap(True)
        self._table.setItemDelegateForColumn(ActionTableModel.STATUS, _StatusDelegate(self))
        self._table.setItemDelegateForColumn(ActionTableModel.DUE, _DateDelegate(language, self))
        self._table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self._suggest = QPushButton(self.tr("&Suggested actions…"), self)
        self._add = QPushButton(self.tr("&Add action"), self)
        self._remove = QPushButton(self.tr("Re&move action"), self)
        self._back = QPushButton(self.tr("Back to &results"), self)
        self._home = QPushButton(self.tr("&Home"), self)
        for button, name in (
            (self._suggest, "suggested_actions"),
            (self._add, "add_action"),
            (self._remove, "remove_action"),
            (self._back, "back_to_results"),
            (self._home, "home"),
        ):
            button.setObjectName(name)
        self._suggest.clicked.connect(self._take_suggestions)
        self._add.clicked.connect(self._add_action)
        self._remove.clicked.connect(self._remove_action)
        self._back.clicked.connect(lambda: self._uuid and self.results_requested.emit(self._uuid))
        self._home.clicked.connect(self.home_requested)

        buttons = QHBoxLayout()
        for button in (self._suggest, self._add, self._remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self._home)
        buttons.addWidget(self._back)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._empty)
        layout.addWidget(self._table, 1)
        layout.addLayout(buttons)

    def show_plan(self, assessment_uuid: str) -> None:
        record = self._workspace.assessment(assessment_uuid)
        framework = self._workspace.framework_of(record)
        self._uuid = assessment_uuid
        self._title.setText(arg(self.tr("Action plan — %1"), record.organization_name))
        model = ActionTableModel(
            framework,
            self._language,
            lambda action: self._workspace.save_action(assessment_uuid, action),
            self,
        )
        model.save_failed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Not saved"), message)
        )
        model.set_actions(self._workspace.actions(assessment_uuid))
        model.rowsInserted.connect(self._update)
        model.rowsRemoved.connect(self._update)
        self._table.setModel(model)
        if self._model is not None:
            self._model.deleteLater()
        self._model = model
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(ActionTableModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActionTableModel.INDICATOR, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(110)
        for column in (ActionTableModel.OWNER, ActionTableModel.DUE, ActionTableModel.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._update()

    @property
    def model(self) -> ActionTableModel | None:
        return self._model

    def _update(self) -> None:
        rows = self._model.rowCount() if self._model else 0
        self._empty.setVisible(rows == 0)
        self._remove.setEnabled(rows > 0)
        self._table.resizeRowsToContents()

    def _add_action(self) -> None:
        if self._model is None:
            return
        if self._model.append(ActionItem(self.tr("New action"))):
            index = self._model.index(self._model.rowCount() - 1, ActionTableModel.DESCRIPTION)
            self._table.setCurrentIndex(index)
            self._table.edit(index)

    def _remove_action(self) -> None:
        if self._model is None:
            return
        row = self._table.currentIndex().row()
        if row < 0:
            return
        action = self._model.action(row)
        answer = QMessageBox.question(
            self,
            self.tr("Remove action"),
            arg(self.tr("Remove “%1” from the plan?"), action.description),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._workspace.remove_action(action.uuid)
            self._model.remove(row)

    def suggestions_dialog(self) -> SuggestionsDialog | None:
        """The dialog of suggestions for this plan (None when there is nothing to suggest)."""
        if self._uuid is None:
            return None
        suggestions = self._workspace.suggested_actions(self._uuid, self._language)
        if not suggestions:
            QMessageBox.information(
                self,
                self.tr("Suggested actions"),
                self.tr("Every suggested action is already in the plan."),
            )
            return None
        return SuggestionsDialog(suggestions, self)

    def _take_suggestions(self) -> None:
        dialog = self.suggestions_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_actions(dialog.chosen())

    def add_actions(self, actions: list[ActionItem]) -> None:
        if self._model is None:
            return
        for action in actions:
            self._model.append(action)
