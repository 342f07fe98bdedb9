"""Lets the user take some of the framework's suggested actions into the action plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.records import ActionItem


class SuggestionsDialog(QDialog):
    """Lets the user take some of the framework's suggested actions into the plan."""

    def __init__(self, suggestions: list[ActionItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggested actions"))
        self._suggestions = suggestions
        intro = QLabel(
            self.tr(
                "Actions suggested for the essential criteria not met and the weakest "
                "indicators. Tick those you want in your plan."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._list = QListWidget(self)
        self._list.setAccessibleName(self.tr("Suggested actions"))
        self._list.setWordWrap(True)
        for suggestion in suggestions:
            item = QListWidgetItem(suggestion.description, self._list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._list, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def set_checked(self, row: int, checked: bool = True) -> None:
        self._list.item(row).setCheckState(
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        )

    def chosen(self) -> list[ActionItem]:
        return [
            suggestion
            for row, suggestion in enumerate(self._suggestions)
            if self._list.item(row).checkState() == Qt.CheckState.Checked
        ]
