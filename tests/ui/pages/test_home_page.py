"""The home page: first start, starting, continuing, duplicating, comparing and deleting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QPushButton, QStackedWidget, QTreeView
from pytestqt.qtbot import QtBot

from sseassess.app.workspace import Workspace
from sseassess.ui.pages.home_page import HomePage


def _button(page: HomePage, name: str) -> QPushButton:
    button = page.findChild(QPushButton, name)
    assert button is not None, name
    return button


def _showing(page: HomePage) -> str:
    """ "welcome" (no organization yet) or "listing"."""
    stack = page.findChild(QStackedWidget, "home_stack")
    assert stack is not None
    current = stack.currentWidget()
    assert current is not None
    return current.objectName()


def _tree(page: HomePage) -> QTreeView:
    tree = page.findChild(QTreeView, "organizations")
    assert tree is not None
    return tree


def _home(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> HomePage:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = HomePage(workspace, "en", settings)
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_first_start_offers_the_demo_and_creating_an_organization(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    page = _home(qtbot, workspace, tmp_path)
    assert _showing(page) == "welcome"
    with qtbot.waitSignal(page.organization_create_requested):
        _button(page, "create_organization").click()
    with qtbot.waitSignal(page.demo_requested):
        _button(page, "explore_demo").click()


def _with_demo(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> tuple[HomePage, str]:
    from sseassess.app.demo import create_demo

    demo = create_demo(workspace)
    page = _home(qtbot, workspace, tmp_path)
    return page, demo


def test_lists_and_continues_the_selected_assessment(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    page, demo = _with_demo(qtbot, workspace, tmp_path)
    assert _showing(page) == "listing"
    assert page.model.rowCount() == 1
    page.select(page.model.index_of(demo))
    with qtbot.waitSignal(page.assessment_opened) as opened:
        _button(page, "continue").click()
    assert opened.args == [demo]
    with qtbot.waitSignal(page.results_requested) as shown:
        _button(page, "results").click()
    assert shown.args == [demo]
    assert not _button(page, "compare").isEnabled()


def test_new_from_last_answers_then_compare(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    """A year later: start from last answers; the two can then be compared."""
    page, demo = _with_demo(qtbot, workspace, tmp_path)
    organization = workspace.assessment(demo).organization_uuid
    page.select(page.model.index_of(organization))
    with qtbot.waitSignal(page.assessment_opened) as opened:
        _button(page, "new_from_last").click()
    new = opened.args[0]
    assert new != demo
    assert workspace.answers(new) == workspace.answers(demo)
    page.select(page.model.index_of(organization))
    assert _button(page, "compare").isEnabled()
    with qtbot.waitSignal(page.comparison_requested) as compared:
        _button(page, "compare").click()
    assert set(compared.args) == {demo, new}


def test_delete_asks_for_confirmation(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, demo = _with_demo(qtbot, workspace, tmp_path)
    page.select(page.model.index_of(demo))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    _button(page, "delete").click()
    assert workspace.assessments()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _button(page, "delete").click()
    assert workspace.assessments() == []
    assert len(workspace.organizations()) == 1


def test_new_workshop_opens_the_workshop_view(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    page, demo = _with_demo(qtbot, workspace, tmp_path)
    page.select(page.model.index_of(demo))
    assert not _button(page, "workshop_view").isEnabled()  # a self-assessment has no workshop view
    with qtbot.waitSignal(page.workshop_requested) as opened:
        _button(page, "new_workshop").click()
    workshop = workspace.assessment(opened.args[0])
    assert workshop.kind == "workshop"
    assert _button(page, "workshop_view").isEnabled()


def test_lists_before_the_database_is_open_then_enables_its_actions(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
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
    assert not _button(page, "continue").isEnabled()
    assert not _button(page, "new_assessment").isEnabled()
    assert not _button(page, "new_organization").isEnabled()
    assert not _button(page, "compare").isEnabled()
    opened: list[str] = []
    page.assessment_opened.connect(opened.append)
    child = page.model.index(0, 0, page.model.index(0, 0))
    _tree(page).activated.emit(child)
    assert opened == []

    page.set_workspace(workspace)

    assert _button(page, "continue").isEnabled()
    assert _button(page, "new_organization").isEnabled()
    assert _button(page, "compare").isEnabled()
    _tree(page).activated.emit(child)
    assert opened == [newer]
    qtbot.waitUntil(
        lambda: (
            page.model.index(1, HistoryTreeModel.SCORE, page.model.index(0, 0)).data() == "55.9"
        ),
        timeout=2000,
    )


def test_welcome_waits_for_the_database_too(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = HomePage(None, "en", settings)
    qtbot.addWidget(page)
    page.show_listing([], [])
    assert _showing(page) == "welcome"
    assert not _button(page, "create_organization").isEnabled()
    page.set_workspace(workspace)
    assert _button(page, "create_organization").isEnabled()
