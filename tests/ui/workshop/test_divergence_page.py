"""The divergence view: a facilitator records a workshop's consensus, at a projector."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from sseassess.app.export import export_documents
from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile
from sseassess.ui.dialogs.participant_dialog import ParticipantDialog
from sseassess.ui.settings import SHOW_NAMES
from sseassess.ui.workshop.divergence_page import DivergencePage
from sseassess.ui.workshop.presentation_view import PRESENTATION_SCALE

if TYPE_CHECKING:
    from tests.ui.conftest import FindChild

VOTE = "democratic-control.one-member-one-vote"  # levels 4, 1, 2: three apart
ASSEMBLY = "democratic-control.general-assembly"  # levels 0, 2, 2: two apart
MISSION = "primacy-of-person.mission-in-statutes"  # levels 1, 0, 4: four apart
DIVERGENT_LEVELS = {MISSION: (1, 0, 4), VOTE: (4, 1, 2), ASSEMBLY: (0, 2, 2)}
OTHER_LEVELS = (1, 2, 2)  # one apart: agreed enough, median 2


def _workshop(workspace: Workspace) -> str:
    """Three participants (two workers, one board member) answer every indicator."""
    organization = workspace.add_organization(OrganizationProfile(name="Workshop Coop"))
    uuid = workspace.start_assessment(organization, "workshop")
    framework = workspace.framework_of(workspace.assessment(uuid))
    for position, (name, role) in enumerate(
        (("Ana", "worker"), ("Ben", "worker"), ("Chloé", "board"))
    ):
        participant = workspace.add_participant(uuid, name, role)
        workspace.save_participant_answers(
            uuid,
            participant.uuid,
            [
                Answer(indicator.id, DIVERGENT_LEVELS.get(indicator.id, OTHER_LEVELS)[position])
                for indicator in framework.indicators()
            ],
        )
    return uuid


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace, settings: QSettings) -> DivergencePage:
    widget = DivergencePage(workspace, "en", settings)
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _consensus(workspace: Workspace, uuid: str, indicator: str) -> int | None:
    answer = workspace.answers(uuid).get(indicator)
    return answer.level if answer is not None else None


def test_a_facilitator_runs_the_consensus_of_a_workshop(
    qtbot: QtBot, page: DivergencePage, workspace: Workspace, tmp_path: Path, child: FindChild
) -> None:
    uuid = _workshop(workspace)
    page.show_workshop(uuid)
    table = child(page, QTableView, "indicators")

    # Indicators where participants diverge come first, widest first, marked "to discuss".
    assert page.shown_indicators()[:3] == [MISSION, VOTE, ASSEMBLY]
    model = page.indicator_model
    assert [model.index(row, model.CONSENSUS).data() for row in range(4)] == [
        "To discuss",
        "To discuss",
        "To discuss",
        "–",
    ]
    assert page.current_indicator() == MISSION
    assert page.agreed_text() == "0 of 39 agreed"

    # One key records the consensus of the selected indicator, at once.
    qtbot.keyClick(table, Qt.Key.Key_3)
    assert _consensus(workspace, uuid, MISSION) == 3
    assert page.agreed_text() == "1 of 39 agreed"

    # N goes to the next indicator to discuss; one click on a level records it.
    qtbot.keyClick(table, Qt.Key.Key_N)
    assert page.current_indicator() == VOTE
    with qtbot.waitSignal(page.answers_changed) as changed:
        qtbot.mouseClick(child(page, QPushButton, "consensus_level_2"), Qt.MouseButton.LeftButton)
    assert changed.args == [uuid]
    assert _consensus(workspace, uuid, VOTE) == 2
    assert child(page, QPushButton, "consensus_level_2").isChecked()
    assert not child(page, QPushButton, "consensus_level_3").isChecked()

    # Down / J move down, Up / K up; M records the median (rounded down).
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert page.current_indicator() == ASSEMBLY
    qtbot.keyClick(table, Qt.Key.Key_M)
    assert _consensus(workspace, uuid, ASSEMBLY) == 2
    qtbot.keyClick(table, Qt.Key.Key_J)
    calm = page.current_indicator()
    assert calm not in (MISSION, VOTE, ASSEMBLY)
    assert calm is not None
    qtbot.mouseClick(child(page, QPushButton, "use_median"), Qt.MouseButton.LeftButton)
    assert _consensus(workspace, uuid, calm) == 2
    qtbot.keyClick(table, Qt.Key.Key_K)
    assert page.current_indicator() == ASSEMBLY
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _consensus(workspace, uuid, ASSEMBLY) is None
    assert page.agreed_text() == "3 of 39 agreed"
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert page.current_indicator() == MISSION

    # Presentation mode: full screen, one indicator in large type; the same keys; Esc leaves.
    with qtbot.waitSignal(page.presentation_changed) as entered:
        qtbot.keyClick(table, Qt.Key.Key_F11)
    assert entered.args == [True]
    view = page.presentation_view()
    assert page.is_presenting()
    assert view.isWindow() and view.isFullScreen()
    assert view.windowState() & Qt.WindowState.WindowFullScreen
    assert view.font().pointSizeF() >= page.font().pointSizeF() * PRESENTATION_SCALE * 0.99
    assert view.question_text().startswith("Is your social mission clearly written")
    assert view.consensus_text() == "Consensus: level 3"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.current_indicator() == VOTE
    assert view.position_text().startswith("Indicator 3.1 · 2 of 39")
    qtbot.keyClick(view, Qt.Key.Key_4)
    assert _consensus(workspace, uuid, VOTE) == 4
    assert view.consensus_text() == "Consensus: level 4"
    assert view.histogram().consensus() == 4
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert page.current_indicator() == ASSEMBLY  # the one divergent without consensus
    with qtbot.waitSignal(page.presentation_changed) as left:
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert left.args == [False]
    assert not page.is_presenting()
    assert not view.isVisible()
    assert page.current_indicator() == ASSEMBLY

    # Every indicator agreed: the count says so, and the workshop report exports.
    for indicator in page.shown_indicators():
        page.select_indicator(indicator)
        if _consensus(workspace, uuid, indicator) is None:
            qtbot.keyClick(table, Qt.Key.Key_M)
    assert page.agreed_text() == "39 of 39 agreed"
    assert len(workspace.answers(uuid)) == 39
    report = tmp_path / "r.pdf"
    assert export_documents(workspace, uuid, certificate=None, report=report, language="en") == [
        report
    ]
    assert report.stat().st_size > 0


def test_names_are_anonymous_until_shown_and_remembered(
    qtbot: QtBot, page: DivergencePage, workspace: Workspace, settings: QSettings
) -> None:
    uuid = _workshop(workspace)
    page.show_workshop(uuid)
    page.select_indicator(VOTE)
    # Nothing on screen ties a level to a person: no role of a group under three, and who
    # chose what hidden until the facilitator asks for individual answers.
    assert page.participant_texts() == ["Participant 1", "Participant 2", "Participant 3"]
    who = page.who_chose_what_text()
    assert who.startswith("Hidden: the counts above say how many chose each level.")
    assert "Participant" not in who and "Ana" not in who
    assert page.what_is_shown().startswith("Shown now: participants as Participant 1, 2")

    show_names = page.findChild(QCheckBox, "show_names")
    assert show_names is not None and not show_names.isChecked()
    qtbot.mouseClick(show_names, Qt.MouseButton.LeftButton, pos=QPoint(4, show_names.height() // 2))
    assert page.participant_texts() == ["Ana", "Ben", "Chloé"]
    assert page.who_chose_what_text() == "Level 1: Ben\nLevel 2: Chloé\nLevel 4: Ana"
    assert page.what_is_shown().startswith(
        "Shown now: each participant's name, and under each question who chose which level."
    )
    assert SHOW_NAMES.get(settings) is True

    again = DivergencePage(workspace, "en", settings)
    qtbot.addWidget(again)
    again.show_workshop(uuid)
    assert again.participant_texts()[0] == "Ana"


def test_a_role_with_two_participants_is_hidden(page: DivergencePage, workspace: Workspace) -> None:
    uuid = _workshop(workspace)
    page.show_workshop(uuid)
    roles = page.role_model
    rows = {
        roles.index(row, roles.ROLE).data(): roles.index(row, roles.SCORE).data()
        for row in range(roles.rowCount())
    }
    assert rows == {
        "Worker": "hidden (fewer than 3 participants)",
        "Board": "hidden (fewer than 3 participants)",
    }


def test_a_participant_is_added_with_a_role(
    qtbot: QtBot, page: DivergencePage, workspace: Workspace, child: FindChild
) -> None:
    uuid = _workshop(workspace)
    page.show_workshop(uuid)
    qtbot.mouseClick(child(page, QPushButton, "add_participant"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(ParticipantDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.set_values("   ", "volunteer")
    dialog.accept()
    assert dialog.error_text() == "A participant needs a name of 1 to 200 characters."
    assert dialog.isVisible()
    dialog.set_values("Dan", "volunteer")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert page.participant_texts()[-1] == "Participant 4"  # one volunteer: role hidden
    [dan] = [p for p in workspace.participants(uuid) if p.display_name == "Dan"]
    assert dan.role == "volunteer"
    # Dan has not answered yet.
    page.set_show_names(True)
    page.select_indicator(VOTE)
    assert page.who_chose_what_text().endswith("Not answered: Dan")


def test_filters_choose_the_indicators_listed(
    qtbot: QtBot, page: DivergencePage, workspace: Workspace, child: FindChild
) -> None:
    uuid = _workshop(workspace)
    page.show_workshop(uuid)
    show = page.findChild(QComboBox, "show_filter")
    characteristic = page.findChild(QComboBox, "characteristic_filter")
    assert show is not None and characteristic is not None
    show.setCurrentIndex(show.findData("to_discuss"))
    assert page.shown_indicators() == [MISSION, VOTE, ASSEMBLY]
    characteristic.setCurrentIndex(characteristic.findData("democratic-control"))
    assert page.shown_indicators() == [VOTE, ASSEMBLY]
    assert page.current_indicator() == VOTE
    qtbot.keyClick(child(page, QTableView, "indicators"), Qt.Key.Key_1)
    show.setCurrentIndex(show.findData("without_consensus"))
    assert VOTE not in page.shown_indicators()
    assert len(page.shown_indicators()) == 4
    show.setCurrentIndex(show.findData("all"))
    characteristic.setCurrentIndex(0)
    assert len(page.shown_indicators()) == 39


def test_a_finished_workshop_is_read_only(
    qtbot: QtBot, page: DivergencePage, workspace: Workspace, child: FindChild
) -> None:
    uuid = _workshop(workspace)
    workspace.finish(uuid)
    page.show_workshop(uuid)
    assert page.banner_visible()
    assert not child(page, QPushButton, "consensus_level_3").isEnabled()
    assert not child(page, QPushButton, "use_median").isEnabled()
    assert not child(page, QPushButton, "add_participant").isEnabled()
    qtbot.keyClick(child(page, QTableView, "indicators"), Qt.Key.Key_3)
    assert workspace.answers(uuid) == {}
    assert page.message_text() == "This assessment is finished; reopen it to change it."

    with qtbot.waitSignal(page.status_changed) as reopened:
        qtbot.mouseClick(child(page, QPushButton, "reopen"), Qt.MouseButton.LeftButton)
    assert reopened.args == ["in_progress"]
    assert not page.banner_visible()
    assert page.message_text() == ""
    qtbot.keyClick(child(page, QTableView, "indicators"), Qt.Key.Key_3)
    assert _consensus(workspace, uuid, MISSION) == 3


def test_a_workshop_without_participants_says_so(
    qtbot: QtBot, page: DivergencePage, workspace: Workspace, child: FindChild
) -> None:
    organization = workspace.add_organization(OrganizationProfile(name="Empty Coop"))
    uuid = workspace.start_assessment(organization, "workshop")
    page.show_workshop(uuid)
    assert page.participant_texts() == []
    assert page.who_chose_what_text() == "No participants yet."
    qtbot.keyClick(child(page, QTableView, "indicators"), Qt.Key.Key_M)
    assert page.message_text() == "No participant gave a level: there is no median."
    qtbot.keyClick(child(page, QTableView, "indicators"), Qt.Key.Key_N)
    assert page.message_text() == "No indicator to discuss in this list."
    assert workspace.answers(uuid) == {}


def test_results_and_home_are_requested_by_signals(
    qtbot: QtBot, page: DivergencePage, workspace: Workspace, child: FindChild
) -> None:
    uuid = _workshop(workspace)
    page.show_workshop(uuid)
    with qtbot.waitSignal(page.results_requested) as results:
        qtbot.mouseClick(child(page, QPushButton, "results"), Qt.MouseButton.LeftButton)
    assert results.args == [uuid]
    with qtbot.waitSignal(page.home_requested):
        qtbot.mouseClick(child(page, QPushButton, "home"), Qt.MouseButton.LeftButton)


def test_tab_goes_from_the_list_to_the_levels_and_on(
    qtbot: QtBot, page: DivergencePage, workspace: Workspace, child: FindChild
) -> None:
    page.show_workshop(_workshop(workspace))
    with qtbot.waitActive(page):
        page.activateWindow()
    child(page, QTableView, "indicators").setFocus()
    order = []
    for _ in range(13):
        focused = QApplication.focusWidget()
        assert focused is not None
        order.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert order == [
        "indicators",
        *(f"consensus_level_{level}" for level in range(5)),
        "use_median",
        "clear_consensus",
        "participants",
        "show_names",
        "add_participant",
        "role_results",
        "home",
    ]


def test_a_participant_recorded_by_mistake_can_be_removed(
    page: DivergencePage, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, child: FindChild
) -> None:
    from PySide6.QtWidgets import QListView, QMessageBox

    uuid = _workshop(workspace)
    page.show_workshop(uuid)
    listing = child(page, QListView, "participants")
    listing.setCurrentIndex(listing.model().index(2, 0))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    child(page, QPushButton, "remove_participant").click()
    assert len(workspace.participants(uuid)) == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    child(page, QPushButton, "remove_participant").click()
    remaining = workspace.participants(uuid)
    assert [p.display_name for p in remaining] == ["Ana", "Ben"]
    assert set(workspace.participant_answers(uuid)) == {p.uuid for p in remaining}
    assert listing.model().rowCount() == 2


def test_no_screen_lets_anyone_tell_the_single_workers_level(
    qtbot: QtBot, page: DivergencePage, workspace: Workspace
) -> None:
    """Four members and one worker: the worker's answers are in no text on the screen."""
    organization = workspace.add_organization(OrganizationProfile(name="Habitat Coop"))
    uuid = workspace.start_assessment(organization, "workshop")
    for n in range(4):
        member = workspace.add_participant(uuid, f"Member {n}", "member")
        workspace.save_participant_answers(uuid, member.uuid, [Answer(VOTE, 3)])
    worker = workspace.add_participant(uuid, "Wanda", "worker")
    workspace.save_participant_answers(uuid, worker.uuid, [Answer(VOTE, 0, note="on my own")])
    page.show_workshop(uuid)
    page.select_indicator(VOTE)
    texts = [*page.participant_texts(), page.who_chose_what_text(), page.notes_text()]
    roles = page.role_model
    texts += [
        str(roles.index(row, column).data())
        for row in range(roles.rowCount())
        for column in range(roles.columnCount())
    ]
    screen = "\n".join(texts)
    members = [f"Participant {n} — Member" for n in range(1, 5)]
    assert page.participant_texts() == [*members, "Participant 5"]
    assert "Level 0" not in screen and "Wanda" not in screen
    worker_row = [
        roles.index(row, roles.SCORE).data()
        for row in range(roles.rowCount())
        if roles.index(row, roles.ROLE).data() == "Worker"
    ]
    assert worker_row == ["hidden (fewer than 3 participants)"]
    # Notes are shown without names.
    assert "“on my own”" in page.notes_text()


def test_not_applicable_can_be_the_consensus_with_a_reason(
    page: DivergencePage, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, child: FindChild
) -> None:
    from PySide6.QtWidgets import QInputDialog

    uuid = _workshop(workspace)
    page.show_workshop(uuid)
    page.select_indicator(VOTE)  # the framework does not allow N/A here
    assert not child(page, QPushButton, "consensus_not_applicable").isEnabled()
    page.select_indicator(ASSEMBLY)
    button = child(page, QPushButton, "consensus_not_applicable")
    assert button.isEnabled()
    replies = iter([("", True), ("No general assembly: a foundation", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(replies)))
    button.click()
    assert workspace.answers(uuid) == {}  # no reason, nothing recorded
    button.click()
    consensus = workspace.answers(uuid)[ASSEMBLY]
    assert consensus.not_applicable and consensus.reason == "No general assembly: a foundation"
    assert button.isChecked()
