"""The files and forms a workshop received, newest first, each with what it did; Undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.text import TranslatableError
from sseassess.ui.feedback import error_text, show_message
from sseassess.ui.models.import_log_model import ImportLogModel
from sseassess.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace


class ReceivedFilesDialog(QDialog):
    """ "Received files": every import into the workshop and what it did; the selected one
    can be undone (what it replaced comes back) unless it was changed again since."""

    # Emitted after an import was undone (the workshop's views show it again).
    undone = Signal()

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
        self.setWindowTitle(self.tr("Received files"))
        self.setMinimumSize(680, 420)
        intro = WrappedLabel(
            self.tr(
                "What arrived in this workshop, newest first: participants' files, paper "
                "forms, merges and corrections. Undo puts back what an import replaced."
            ),
            self,
        )
        self.model = ImportLogModel(language, self)
        self._table = QTableView(self)
        self._table.setObjectName("received")
        self._table.setAccessibleName(self.tr("Received files"))
        self._table.setModel(self.model)
        self._table.verticalHeader().setVisible(False)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._message = WrappedLabel("", self)
        self._message.setObjectName("message")
        self._message.hide()
        buttons = QDialogButtonBox(self)
        self._undo = buttons.addButton(self.tr("&Undo"), QDialogButtonBox.ButtonRole.ActionRole)
        self._undo.setObjectName("undo")
        self._undo.setAccessibleName(self.tr("Undo the selected import"))
        self._undo.clicked.connect(self.undo_selected)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._message)
        layout.addWidget(buttons)
        self.refresh()
        self._table.selectionModel().selectionChanged.connect(self._update)
        self._update()

    def refresh(self) -> None:
        self.model.set_entries(self._workspace.import_log(self._uuid))

    def select_row(self, row: int) -> None:
        self._table.selectRow(row)

    def _selected_row(self) -> int:
        rows = self._table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update(self) -> None:
        row = self._selected_row()
        self._undo.setEnabled(row >= 0 and self.model.entry(row).can_undo)

    def message(self) -> str:
        return self._message.text() if not self._message.isHidden() else ""

    def undo_selected(self) -> bool:
        """Undo the selected import; the message says what happened."""
        row = self._selected_row()
        if row < 0:
            return False
        entry = self.model.entry(row)
        try:
            self._workspace.undo_import(entry.uuid)
        except TranslatableError as error:
            show_message(self._message, error_text(error, self._language), True)
            return False
        self.undone.emit()
        if self._uuid not in {record.uuid for record in self._workspace.assessments()}:
            self.accept()  # the import had brought the workshop here: it is gone again
            return True
        self.refresh()
        show_message(self._message, self.tr("Undone: what this import replaced is back."))
        return True
