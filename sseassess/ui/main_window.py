"""The main window: the organizations in the database (the full home page comes later)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QStringListModel
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListView, QMainWindow, QVBoxLayout, QWidget
from typing_extensions import override

from sseassess.app.workspace import Workspace


class MainWindow(QMainWindow):
    """Lists the organizations; remembers its size and position."""

    def __init__(self, workspace: Workspace, settings: QSettings) -> None:
        super().__init__()
        self._workspace = workspace
        self._settings = settings
        self.setWindowTitle(self.tr("sseassess — SSE charter self-assessment"))
        self.setMinimumSize(640, 420)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        self._heading = QLabel(self.tr("Organizations"), central)
        self._heading.setObjectName("heading")
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._heading.setFont(font)
        self._model = QStringListModel(self)
        self._list = QListView(central)
        self._list.setModel(self._model)
        self._list.setAccessibleName(self.tr("Organizations"))
        self._list.setUniformItemSizes(True)
        self._heading.setBuddy(self._list)
        layout.addWidget(self._heading)
        layout.addWidget(self._list)
        self.setCentralWidget(central)

        quit_action = self.menuBar().addMenu(self.tr("&File")).addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        self.refresh()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1024, 700)

    def refresh(self) -> None:
        """Reload the organizations from the database."""
        organizations = self._workspace.repository.organizations()
        self._model.setStringList([record.profile.name for record in organizations])
        if organizations:
            self.statusBar().showMessage(self.tr("%n organization(s)", "", len(organizations)))
        else:
            self.statusBar().showMessage(
                self.tr('No organization yet. Run "sseassess demo" to see an example.')
            )

    @property
    def organization_names(self) -> list[str]:
        return self._model.stringList()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
