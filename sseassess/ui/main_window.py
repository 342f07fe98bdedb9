"""The main window: the organizations in the database (the full home page comes later)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QStringListModel, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QLabel, QListView, QMainWindow, QVBoxLayout, QWidget
from typing_extensions import override

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace


class MainWindow(QMainWindow):
    """Lists the organizations; remembers its size and position."""

    # Emitted once, just after the window was first painted.
    first_painted = Signal()
    # Emitted each time the list of organizations has been (re)loaded.
    organizations_loaded = Signal()

    def __init__(self, settings: QSettings, workspace: Workspace | None = None) -> None:
        super().__init__()
        self._workspace: Workspace | None = None
        self._settings = settings
        self._painted = False
        self.setWindowTitle(self.tr("sseassess — SSE charter self-assessment"))
        self.setMinimumSize(640, 420)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        self._heading = QLabel(self.tr("Organizations"), central)
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

        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1024, 700)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        if workspace is not None:
            self.set_workspace(workspace)

    def set_workspace(self, workspace: Workspace) -> None:
        """Show the organizations of this (open) workspace."""
        self._workspace = workspace
        self.refresh()

    def refresh(self) -> None:
        """Reload the organizations from the database."""
        if self._workspace is None:
            return
        organizations = self._workspace.repository.organizations()
        self._model.setStringList([record.profile.name for record in organizations])
        if organizations:
            self.statusBar().showMessage(self.tr("%n organization(s)", "", len(organizations)))
        else:
            self.statusBar().showMessage(self.tr("No organization yet."))
        self.organizations_loaded.emit()

    @property
    def organization_names(self) -> list[str]:
        return self._model.stringList()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
