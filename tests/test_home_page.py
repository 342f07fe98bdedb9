"""The home page: first start, starting, continuing, duplicating, comparing and deleting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sseassess.app.workspace import Workspace
from sseassess.ui.home_page import HomePage


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
    assert page._stack.currentIndex() == 0
    with qtbot.waitSignal(page.organization_create_requested):
        page._create_first.click()
    with qtbot.waitSignal(page.demo_requested):
        next(b for b in page.findChildren(type(page._create_first)) if "demo" in b.text()).click()


def _with_demo(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> tuple[HomePage, str]:
    from sseassess.app.demo import create_demo

    demo = create_demo(workspace)
    page = _home(qtbot, workspace, tmp_path)
    return page, demo


def test_lists_and_continues_the_selected_assessment(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    page, demo = _with_demo(qtbot, workspace, tmp_path)
    assert page._stack.currentIndex() == 1
    assert page.model.rowCount() == 1
    page.select(page.model.index_of(demo))
    with qtbot.waitSignal(page.assessment_opened) as opened:
        page._continue.click()
    assert opened.args == [demo]
    with qtbot.waitSignal(page.results_requested) as shown:
        page._results.click()
    assert shown.args == [demo]
    assert not page._compare.isEnabled()


def test_new_from_last_answers_then_compare(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    """A year later: start from last answers; the two can then be compared."""
    page, demo = _with_demo(qtbot, workspace, tmp_path)
    organization = workspace.repository.assessment(demo).organization_uuid
    page.select(page.model.index_of(organization))
    with qtbot.waitSignal(page.assessment_opened) as opened:
        page._duplicate.click()
    new = opened.args[0]
    assert new != demo
    assert workspace.repository.answers(new) == workspace.repository.answers(demo)
    page.select(page.model.index_of(organization))
    assert page._compare.isEnabled()
    with qtbot.waitSignal(page.comparison_requested) as compared:
        page._compare.click()
    assert set(compared.args) == {demo, new}


def test_delete_asks_for_confirmation(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, demo = _with_demo(qtbot, workspace, tmp_path)
    page.select(page.model.index_of(demo))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page._delete.click()
    assert workspace.repository.assessments()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page._delete.click()
    assert workspace.repository.assessments() == []
    assert len(workspace.repository.organizations()) == 1


def test_new_workshop_opens_the_workshop_view(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    page, demo = _with_demo(qtbot, workspace, tmp_path)
    page.select(page.model.index_of(demo))
    assert not page._workshop.isEnabled()  # a self-assessment has no workshop view
    with qtbot.waitSignal(page.workshop_requested) as opened:
        page._new_workshop.click()
    workshop = workspace.repository.assessment(opened.args[0])
    assert workshop.kind == "workshop"
    assert page._workshop.isEnabled()
