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
    window = MainWindow(workspace, _settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.organization_names == ["Association Alpha", "Coopérative des Tisserands de Thiès"]
    assert "2 organization(s)" in window.statusBar().currentMessage()


def test_empty_database_says_what_to_do(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    window = MainWindow(workspace, _settings(tmp_path))
    qtbot.addWidget(window)
    assert window.organization_names == []
    assert "sseassess demo" in window.statusBar().currentMessage()


def test_window_size_is_remembered(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    """Closing and reopening keeps the size the user gave the window."""
    settings = _settings(tmp_path)
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(700, 500)
    window.close()
    settings.sync()
    again = MainWindow(workspace, _settings(tmp_path))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
