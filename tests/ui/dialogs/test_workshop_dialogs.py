"""The trainer's and the participant's workshop steps in the GUI: join, paper answers, a
preview before changing answers, received files with Undo, one participant's answers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton, QTableView
from pytestqt.qtbot import QtBot

from sseassess.app.bundles import collect, export_bundle, export_workshop_file
from sseassess.app.changes import ChangeLine
from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.merge import Outcome
from sseassess.domain.records import OrganizationProfile
from sseassess.exchange.bundle import SUFFIX
from sseassess.ui.dialogs.changes_dialog import ChangesDialog
from sseassess.ui.dialogs.collect_dialog import CollectDialog
from sseassess.ui.dialogs.join_dialog import JoinDialog
from sseassess.ui.dialogs.paper_answers_dialog import PaperAnswersDialog
from sseassess.ui.dialogs.participant_answers_dialog import ParticipantAnswersDialog
from sseassess.ui.dialogs.received_files_dialog import ReceivedFilesDialog
from sseassess.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tests.ui.conftest import FindChild

VOTE = "democratic-control.one-member-one-vote"
ASSEMBLY = "democratic-control.general-assembly"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def workshop(workspace: Workspace) -> str:
    organization = workspace.add_organization(OrganizationProfile(name="Habitat Coop"))
    return workspace.start_assessment(organization, "workshop")


def _form(path: Path, rows: str) -> Path:
    path.write_text(f"indicator,level,reason,note\n{rows}", encoding="utf-8")
    return path


def test_a_laptop_joins_a_workshop_addressed_to_sofia(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, settings: QSettings, child: FindChild
) -> None:
    with Workspace.open(f"sqlite:///{tmp_path / 'trainer.db'}") as trainer:
        organization = trainer.add_organization(OrganizationProfile(name="Habitat Coop"))
        uuid = trainer.start_assessment(organization, "workshop")
        sofia = export_workshop_file(trainer, uuid, tmp_path / f"sofia{SUFFIX}", "Sofia")
    assert sofia.participant is not None
    dialog = JoinDialog(workspace, "en", settings)
    qtbot.addWidget(dialog)
    join = child(dialog, QPushButton, "join")
    assert not join.isEnabled()
    (tmp_path / f"bad{SUFFIX}").write_text("{}", encoding="utf-8")
    dialog.set_file(tmp_path / f"bad{SUFFIX}")
    assert "not an sseassess bundle" in dialog.message() and not join.isEnabled()
    dialog.set_file(tmp_path / f"sofia{SUFFIX}")
    assert dialog.message() == "This file is for Sofia: their answers keep one identity."
    with qtbot.waitSignal(dialog.joined) as joined:
        qtbot.mouseClick(join, Qt.MouseButton.LeftButton)
    assert joined.args == [uuid]
    here = workspace.participant_on_this_computer(uuid)
    assert here is not None and here.uuid == sofia.participant.uuid


def test_paper_answers_are_laid_over_and_changes_asked_first(
    qtbot: QtBot, workspace: Workspace, workshop: str, tmp_path: Path, settings: QSettings
) -> None:
    first = _form(tmp_path / "ana.csv", f"{VOTE},1,,\n{ASSEMBLY},3,,AG\n")
    dialog = PaperAnswersDialog(workspace, workshop, "en", settings)
    qtbot.addWidget(dialog)
    dialog.set_values(first, None, "Ana")
    assert dialog.import_answers()
    assert dialog.message() == "2 answer(s) imported for Ana."
    [ana] = workspace.participants(workshop)
    # A one-row correction: the change is shown first; cancelled, nothing changes.
    asked: list[list[ChangeLine]] = []
    dialog.confirm = lambda lines, _source: bool(asked.append(lines))  # type: ignore[method-assign]
    correction = _form(tmp_path / "ana-2.csv", f"{VOTE},2,,\n")
    dialog.set_values(correction, ana.uuid)
    assert not dialog.import_answers()
    assert [line.text() for line in asked[0]] == [f"3.1 (Ana · {ana.short_id}): 1 → 2"]
    assert workspace.participant_answers(workshop)[ana.uuid][VOTE].level == 1
    dialog.confirm = lambda _lines, _source: True  # type: ignore[method-assign]
    assert dialog.import_answers()
    assert workspace.participant_answers(workshop)[ana.uuid] == {
        VOTE: Answer(VOTE, 2),
        ASSEMBLY: Answer(ASSEMBLY, 3, note="AG"),
    }


def test_the_collect_dialog_asks_before_changing_the_consensus(
    qtbot: QtBot, workspace: Workspace, workshop: str, tmp_path: Path, settings: QSettings
) -> None:
    workspace.set_consensus(workshop, VOTE, 3)
    with Workspace.open(f"sqlite:///{tmp_path / 'other.db'}") as other:
        export_bundle(workspace, workshop, tmp_path / f"whole{SUFFIX}")
        collect(other, [tmp_path / f"whole{SUFFIX}"])
        other.set_consensus(workshop, VOTE, 1)
        export_bundle(other, workshop, tmp_path / f"newer{SUFFIX}")
    dialog = CollectDialog(workspace, workshop, "en", TaskRunner(run_now=True), settings)
    qtbot.addWidget(dialog)
    asked: list[list[ChangeLine]] = []
    answers = iter([False, True])
    dialog.confirm = lambda lines, _s: bool(asked.append(lines)) or next(answers)  # type: ignore[method-assign]
    dialog.add_files([tmp_path / f"newer{SUFFIX}"])
    dialog.start()
    assert [line.text() for line in asked[0]] == ["3.1 (consensus): 3 → 1"]
    assert dialog.message() == "Files: 1 waiting for your approval."
    assert workspace.answers(workshop)[VOTE].level == 3
    dialog.start()  # again; this time the changes are accepted
    assert workspace.answers(workshop)[VOTE].level == 1
    assert dialog.model.report.outcomes[0].status == Outcome.CHANGED
    assert dialog.message() == "Files: 1 changed as you accepted."


def test_the_changes_dialog_lists_each_change_and_cancel_is_the_default(
    qtbot: QtBot, child: FindChild
) -> None:
    lines = [ChangeLine("5.1", VOTE, "consensus", "3", "1")]
    dialog = ChangesDialog(lines, "newer.sseassess")
    qtbot.addWidget(dialog)
    model = child(dialog, QTableView, "changes").model()
    assert [model.index(0, column).data() for column in range(4)] == [
        "5.1",
        "consensus",
        "3",
        "1",
    ]
    assert child(dialog, QPushButton, "cancel_changes").isDefault()


def test_received_files_list_what_arrived_and_undo_it(
    qtbot: QtBot, workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    ana = workspace.add_participant(workshop, "Ana")
    workspace.save_participant_answers(workshop, ana.uuid, [Answer(VOTE, 1)])
    laptops = tmp_path / f"w{SUFFIX}"
    export_workshop_file(workspace, workshop, laptops)
    with Workspace.open(f"sqlite:///{tmp_path / 'laptop.db'}") as laptop:
        collect(laptop, [laptops])
        laptop.save_answer(workshop, Answer(VOTE, 4))
        export_bundle(laptop, workshop, tmp_path / f"ben{SUFFIX}", "Ben")
    collect(workspace, [tmp_path / f"ben{SUFFIX}"])
    workspace.merge_participants(workshop, ana.uuid, workspace.participants(workshop)[1].uuid)
    dialog = ReceivedFilesDialog(workspace, workshop, "en")
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [
        [model.index(row, column).data() for column in (model.WHAT, model.WHO, model.STATUS)]
        for row in range(model.rowCount())
    ]
    assert rows == [
        ["Ben", "Ana", "Changed, as accepted"],
        [f"ben{SUFFIX}", "Ben", "Imported"],
    ]
    dialog.select_row(0)
    with qtbot.waitSignal(dialog.undone):
        assert dialog.undo_selected()
    assert dialog.message() == "Undone: what this import replaced is back."
    assert [p.display_name for p in workspace.participants(workshop)] == ["Ana", "Ben"]
    assert model.index(0, model.STATUS).data() == "Changed, as accepted, then undone"


def test_one_participants_answers_are_shown_and_corrected(
    qtbot: QtBot, workspace: Workspace, workshop: str, child: FindChild
) -> None:
    ana = workspace.add_participant(workshop, "Ana")
    workspace.save_participant_answers(workshop, ana.uuid, [Answer(VOTE, 1, note="typo?")])
    dialog = ParticipantAnswersDialog(workspace, workshop, "en")
    qtbot.addWidget(dialog)
    assert dialog.answer_texts()[VOTE] == "Level 1"
    assert dialog.answer_texts()[ASSEMBLY] == "No answer"
    dialog.select_indicator(VOTE)
    dialog.set_correction(3, "")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(child(dialog, QPushButton, "save_correction"), Qt.MouseButton.LeftButton)
    assert workspace.participant_answers(workshop)[ana.uuid] == {VOTE: Answer(VOTE, 3)}
    assert dialog.answer_texts()[VOTE] == "Level 3"
    assert workspace.import_log(workshop)[0].kind == "correction"
