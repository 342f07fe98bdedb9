"""The home page: first start, starting, continuing, duplicating, comparing and deleting."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QPushButton, QStackedWidget, QTreeView
from pytestqt.qtbot import QtBot

from sseassess.app.workspace import Workspace
from sseassess.ui.pages.home_page import HomePage

if TYPE_CHECKING:
    from tests.ui.conftest import FindChild


def _showing(page: HomePage) -> str:
    """ "welcome" (no organization yet) or "listing"."""
    stack = page.findChild(QStackedWidget, "home_stack")
    assert stack is not None
    current = stack.currentWidget()
    assert current is not None
    return current.objectName()


def _home(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> HomePage:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = HomePage(workspace, "en", settings)
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_first_start_offers_the_demo_and_creating_an_organization(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, child: FindChild
) -> None:
    page = _home(qtbot, workspace, tmp_path)
    assert _showing(page) == "welcome"
    with qtbot.waitSignal(page.organization_create_requested):
        child(page, QPushButton, "create_organization").click()
    with qtbot.waitSignal(page.demo_requested):
        child(page, QPushButton, "explore_demo").click()


def _with_demo(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> tuple[HomePage, str]:
    from sseassess.app.demo import create_demo

    demo = create_demo(workspace)
    page = _home(qtbot, workspace, tmp_path)
    return page, demo


def test_lists_and_continues_the_selected_assessment(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, child: FindChild
) -> None:
    page, demo = _with_demo(qtbot, workspace, tmp_path)
    assert _showing(page) == "listing"
    assert page.model.rowCount() == 1
    page.select(page.model.index_of(demo))
    with qtbot.waitSignal(page.assessment_opened) as opened:
        child(page, QPushButton, "continue").click()
    assert opened.args == [demo]
    with qtbot.waitSignal(page.results_requested) as shown:
        child(page, QPushButton, "results").click()
    assert shown.args == [demo]
    assert not child(page, QPushButton, "compare").isEnabled()


def test_new_from_last_answers_then_compare(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, child: FindChild
) -> None:
    """A year later: start from last answers; the two can then be compared."""
    page, demo = _with_demo(qtbot, workspace, tmp_path)
    organization = workspace.assessment(demo).organization_uuid
    page.select(page.model.index_of(organization))
    with qtbot.waitSignal(page.assessment_opened) as opened:
        child(page, QPushButton, "new_from_last").click()
    new = opened.args[0]
    assert new != demo
    assert workspace.answers(new) == workspace.answers(demo)
    page.select(page.model.index_of(organization))
    assert child(page, QPushButton, "compare").isEnabled()
    with qtbot.waitSignal(page.comparison_requested) as compared:
        child(page, QPushButton, "compare").click()
    assert set(compared.args) == {demo, new}


def test_delete_asks_for_confirmation(
    qtbot: QtBot,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    child: FindChild,
) -> None:
    page, demo = _with_demo(qtbot, workspace, tmp_path)
    page.select(page.model.index_of(demo))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    child(page, QPushButton, "delete").click()
    assert workspace.assessments()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    child(page, QPushButton, "delete").click()
    assert workspace.assessments() == []
    assert len(workspace.organizations()) == 1


def test_new_workshop_opens_the_workshop_view(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, child: FindChild
) -> None:
    page, demo = _with_demo(qtbot, workspace, tmp_path)
    page.select(page.model.index_of(demo))
    assert not child(
        page, QPushButton, "workshop_view"
    ).isEnabled()  # a self-assessment has no workshop view
    with qtbot.waitSignal(page.workshop_requested) as opened:
        child(page, QPushButton, "new_workshop").click()
    workshop = workspace.assessment(opened.args[0])
    assert workshop.kind == "workshop"
    assert child(page, QPushButton, "workshop_view").isEnabled()


def test_lists_before_the_database_is_open_then_enables_its_actions(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, child: FindChild
) -> None:
    """At start-up home lists what was read quickly; nothing can be started until the
    database is open, and then everything can."""
    from sseassess.app.demo import create_demo
    from sseassess.ui.models.history_tree_model import HistoryTreeModel

    demo = create_demo(workspace)
    organization = workspace.assessment(demo).organization_uuid
    newer = workspace.start_assessment(organization)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = HomePage(None, "en", settings)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.organizations_loaded):
        page.show_listing(workspace.organizations(), workspace.assessments())
    page.show()
    assert _showing(page) == "listing"
    assert page.model.index(0, 0).data() == "Coopérative des Tisserands de Thiès"
    assert page.selected_uuid() is not None
    assert not child(page, QPushButton, "continue").isEnabled()
    assert not child(page, QPushButton, "new_assessment").isEnabled()
    assert not child(page, QPushButton, "new_organization").isEnabled()
    assert not child(page, QPushButton, "compare").isEnabled()
    opened: list[str] = []
    page.assessment_opened.connect(opened.append)
    first = page.model.index(0, 0, page.model.index(0, 0))
    child(page, QTreeView, "organizations").activated.emit(first)
    assert opened == []

    page.set_workspace(workspace)

    assert child(page, QPushButton, "continue").isEnabled()
    assert child(page, QPushButton, "new_organization").isEnabled()
    assert child(page, QPushButton, "compare").isEnabled()
    child(page, QTreeView, "organizations").activated.emit(first)
    assert opened == [newer]
    qtbot.waitUntil(
        lambda: (
            page.model.index(1, HistoryTreeModel.SCORE, page.model.index(0, 0)).data() == "55.9"
        ),
        timeout=2000,
    )


def test_welcome_waits_for_the_database_too(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, child: FindChild
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = HomePage(None, "en", settings)
    qtbot.addWidget(page)
    page.show_listing([], [])
    assert _showing(page) == "welcome"
    assert not child(page, QPushButton, "create_organization").isEnabled()
    page.set_workspace(workspace)
    assert child(page, QPushButton, "create_organization").isEnabled()
