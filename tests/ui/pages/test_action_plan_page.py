"""The action plan: suggestions for weak points, edits saved at once."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from sseassess.app.demo import create_demo
from sseassess.app.workspace import Workspace
from sseassess.ui.models.action_table_model import ActionTableModel
from sseassess.ui.pages.action_plan_page import ActionPlanPage

if TYPE_CHECKING:
    from tests.ui.conftest import FindChild


def _page(qtbot: QtBot, workspace: Workspace) -> tuple[ActionPlanPage, str]:
    uuid = create_demo(workspace)
    page = ActionPlanPage(workspace, "en")
    qtbot.addWidget(page)
    page.show_plan(uuid)
    return page, uuid


def test_suggested_actions_go_into_the_plan(qtbot: QtBot, workspace: Workspace) -> None:
    page, uuid = _page(qtbot, workspace)
    dialog = page.suggestions_dialog()
    assert dialog is not None
    dialog.set_checked(0)
    dialog.set_checked(1)
    chosen = dialog.chosen()
    page.add_actions(chosen)
    assert [a.description for a in workspace.actions(uuid)] == [c.description for c in chosen]
    model = page.model
    assert model is not None and model.rowCount() == 2
    assert model.index(0, ActionTableModel.INDICATOR).data()  # the indicator's question


def test_edits_are_saved_as_they_are_made(
    qtbot: QtBot, workspace: Workspace, child: FindChild
) -> None:
    page, uuid = _page(qtbot, workspace)
    child(page, QPushButton, "add_action").click()
    model = page.model
    assert model is not None
    model.setData(model.index(0, ActionTableModel.DESCRIPTION), "Write a surplus rule")
    model.setData(model.index(0, ActionTableModel.OWNER), "Treasurer")
    model.setData(model.index(0, ActionTableModel.DUE), QDate(2027, 6, 30))
    model.setData(model.index(0, ActionTableModel.STATUS), "in_progress")
    [action] = workspace.actions(uuid)
    assert (action.description, action.owner, action.due_date, action.status) == (
        "Write a surplus rule",
        "Treasurer",
        date(2027, 6, 30),
        "in_progress",
    )
    assert model.index(0, ActionTableModel.DUE).data() == "6/30/2027"  # as it is typed
    assert model.index(0, ActionTableModel.STATUS).data() == "In progress"


def test_an_empty_description_is_refused_and_kept(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, child: FindChild
) -> None:
    page, uuid = _page(qtbot, workspace)
    child(page, QPushButton, "add_action").click()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    model = page.model
    assert model is not None
    assert not model.setData(model.index(0, ActionTableModel.DESCRIPTION), "   ")
    assert warnings == ["Describe the action."]
    assert workspace.actions(uuid)[0].description == "New action"


def test_removing_asks_first(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, child: FindChild
) -> None:
    page, uuid = _page(qtbot, workspace)
    child(page, QPushButton, "add_action").click()
    child(page, QTableView, "actions").setCurrentIndex(page.model.index(0, 0))  # type: ignore[union-attr]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    child(page, QPushButton, "remove_action").click()
    assert len(workspace.actions(uuid)) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    child(page, QPushButton, "remove_action").click()
    assert workspace.actions(uuid) == []
    assert child(page, QLabel, "empty").isVisibleTo(page)
    assert child(page, QTableView, "actions").model().rowCount() == 0
