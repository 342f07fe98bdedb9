"""Asks before an import changes answers already here: each change listed, Accept or Cancel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sseassess.app.changes import ChangeLine
from sseassess.ui.models.change_table_model import ChangeTableModel
from sseassess.ui.text import arg
from sseassess.ui.widgets.wrapped_label import WrappedLabel


class ChangesDialog(QDialog):
    """The changes an import would make (indicator, whose, now → after), to accept or not.

    Nothing is changed unless the user accepts: the same rule as ``--accept-changes`` on
    the command line.
    """

    def __init__(
        self, lines: Sequence[ChangeLine], source: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accept these changes?"))
        self.setMinimumSize(620, 360)
        intro = WrappedLabel(
            arg(
                self.tr(
                    "%1 would change answers already recorded here. Nothing has been changed "
                    "yet: look at each change, then accept them all or cancel. An accepted "
                    "import can be undone from the list of received files."
                ),
                source,
            ),
            self,
        )
        self.model = ChangeTableModel(self)
        self.model.set_changes(lines)
        table = QTableView(self)
        table.setObjectName("changes")
        table.setAccessibleName(self.tr("Changes to accept"))
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        accept = buttons.addButton(
            self.tr("&Accept the changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        accept.setObjectName("accept_changes")
        cancel = buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel_changes")
        cancel.setDefault(True)  # Enter never changes answers by accident
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)


def confirm_changes(lines: Sequence[ChangeLine], source: str, parent: QWidget | None) -> bool:
    """Show the changes and ask; True when the user accepted them."""
    return ChangesDialog(lines, source, parent).exec() == QDialog.DialogCode.Accepted
