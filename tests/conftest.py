"""Shared fixtures: a fresh database per test, offscreen Qt, no user settings touched."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own database, settings and data folders, in English."""
    monkeypatch.setenv("SSEASSESS_DATABASE_URL", f"sqlite:///{tmp_path / 'sseassess.db'}")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # crash.log
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("LANGUAGE", "en")
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def _left_to_right_in_the_system_locale() -> Iterator[None]:
    """A test that puts the application in a language (``install_translators``: layout
    direction, default ``QLocale``) does not leave the next test in it."""
    yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QLocale, Qt
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale.system())


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'sseassess.db'}"


@pytest.fixture
def workspace(database_url: str) -> Iterator[object]:
    from sseassess.app.workspace import Workspace

    opened = Workspace.open(database_url)
    yield opened
    opened.close()


@pytest.fixture
def database(workspace: object, database_url: str) -> Iterator[object]:
    """A second connection to the workspace's database, for tests that look at rows."""
    from sseassess.storage.database import Database

    opened = Database.open(database_url)
    yield opened
    opened.close()
