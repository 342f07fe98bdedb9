"""File › Back up… and Restore…, and a damaged database at start-up: the offer to restore
the latest good backup; a start-up that fails never leaves the window "opening"."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sseassess.app.workspace import Workspace
from sseassess.domain.records import OrganizationProfile
from sseassess.storage import sqlite_files
from sseassess.ui.main_window import MainWindow
from sseassess.ui.tasks import TaskRunner


def _window(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, workspace, "en", TaskRunner(run_now=True))
    qtbot.addWidget(window)
    window.show()
    return window


def _names(workspace: Workspace) -> list[str]:
    return [record.profile.name for record in workspace.organizations()]


def test_back_up_then_restore_from_the_file_menu(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.add_organization(OrganizationProfile(name="Before the backup"))
    window = _window(qtbot, workspace, tmp_path)
    copy = tmp_path / "usb" / "monday.db"
    copy.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), ""))
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    window.back_up()
    assert sqlite_files.quick_check(copy) == []

    workspace.add_organization(OrganizationProfile(name="After the backup"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(copy), ""))
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert window.restore()
    assert _names(workspace) == ["Before the backup"]  # the same workspace goes on
    assert "was restored" in told[0] and "was kept as" in told[0]
    assert window.current_page() is window.home


def test_restore_refuses_a_damaged_backup(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.add_organization(OrganizationProfile(name="Kept"))
    window = _window(qtbot, workspace, tmp_path)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + random.Random(1).randbytes(8192))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    assert not window.restore(bad)
    assert warned and "damaged" in warned[0]
    assert _names(workspace) == ["Kept"]


def _run(database_url: str, seconds: float = 10) -> tuple[int, list[MainWindow]]:
    """``application.run`` until the home page can be used, or ``seconds`` pass."""
    from sseassess.ui import application

    shown: list[MainWindow] = []
    deadline = time.monotonic() + seconds

    def check() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if windows and windows[0].has_workspace:
            shown.append(windows[0])
            QApplication.exit(0)
        elif time.monotonic() > deadline:
            QApplication.exit(3)
        else:
            QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)
    code = application.run(database_url, "en")
    for window in QApplication.topLevelWidgets():  # none is left for the next test to find
        if isinstance(window, MainWindow) and window.isVisible():
            window.close()
    return code, shown


def test_a_damaged_database_at_start_offers_the_latest_good_backup(
    qtbot: QtBot, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sseassess.db"
    with Workspace.open(database_url) as seed:
        for number in range(200):
            seed.add_organization(OrganizationProfile(name=f"Coop {number:03d} " + "x" * 100))
    Workspace.open(database_url).close()  # today's backup
    with path.open("r+b") as handle:
        handle.seek(8192)
        handle.write(random.Random(5).randbytes(path.stat().st_size - 8192))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    code, shown = _run(database_url)
    assert code == 0, "the window never became usable"
    assert asked and "The database file is damaged" in asked[0]
    assert "Restore the latest good backup" in asked[0]
    assert shown[0].home.model.rowCount() == 200


def test_a_start_up_that_fails_ends_instead_of_staying_on_opening(
    qtbot: QtBot, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration on a nearly full disk left the GUI stuck on "Opening the database…"."""
    import sys

    from sseassess.app import workspace as workspace_module

    def fail(*_args: object, **_kwargs: object) -> Workspace:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workspace_module.Workspace, "open", classmethod(fail))
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: None)
    code, shown = _run(database_url, seconds=10)
    assert code == 1 and shown == []
