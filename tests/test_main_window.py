"""The main window opens on the database, lists its organizations and remembers its size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from sseassess.app.demo import create_demo
from sseassess.app.workspace import Workspace
from sseassess.domain.records import OrganizationProfile
from sseassess.ui.main_window import MainWindow


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_lists_the_organizations(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    """After the demo is created, the window shows it, sorted by name with the others."""
    create_demo(workspace)
    workspace.add_organization(OrganizationProfile(name="Association Alpha"))
    window = MainWindow(_settings(tmp_path), workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.organization_names == ["Association Alpha", "Coopérative des Tisserands de Thiès"]
    assert "2 organization(s)" in window.statusBar().currentMessage()


def test_empty_database_says_what_to_do(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    window = MainWindow(_settings(tmp_path), workspace)
    qtbot.addWidget(window)
    assert window.organization_names == []
    assert window.statusBar().currentMessage() == "No organization yet."


def test_window_size_is_remembered(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    """Closing and reopening keeps the size the user gave the window."""
    settings = _settings(tmp_path)
    window = MainWindow(settings, workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(700, 500)
    window.close()
    settings.sync()
    again = MainWindow(_settings(tmp_path), workspace)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_run_shows_the_window_then_the_organizations(
    qtbot: QtBot, database_url: str, monkeypatch: object
) -> None:
    """The application window appears first, then fills in from the database."""
    from PySide6.QtWidgets import QApplication

    from sseassess.ui import application

    seed = Workspace.open(database_url)
    create_demo(seed)
    seed.close()
    shown: list[MainWindow] = []

    def quit_when_listed() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        shown.append(window)
        window.organizations_loaded.connect(lambda: QApplication.exit(0))

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, quit_when_listed)
    assert application.run(database_url, "en") == 0
    assert shown and shown[0].organization_names == ["Coopérative des Tisserands de Thiès"]
    shown[0].close()
