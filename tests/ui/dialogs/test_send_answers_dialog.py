"""The "Send my answers" dialog: a participant's laptop writes their answers to a file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from sseassess.app.bundles import collect, export_bundle, frameworks_of
from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile
from sseassess.exchange.validate import read_bundle
from sseassess.ui.dialogs.send_answers_dialog import SendAnswersDialog
from sseassess.ui.settings import PARTICIPANT_NAME, PARTICIPANT_ROLE, SEND_FOLDER
from sseassess.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tests.ui.conftest import FindChild

VOTE = "democratic-control.one-member-one-vote"
ASSEMBLY = "democratic-control.general-assembly"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    folder = tmp_path / "usb"
    folder.mkdir()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    SEND_FOLDER.set_folder(settings, folder)
    return settings


def laptop_workshop(workspace: Workspace, tmp_path: Path) -> str:
    """A workshop imported from the trainer's file, as on a participant's laptop."""
    with Workspace.open(f"sqlite:///{tmp_path / 'trainer.db'}") as trainer:
        organization = trainer.add_organization(OrganizationProfile(name="Tisserands"))
        uuid = trainer.start_assessment(organization, "workshop")
        export_bundle(trainer, uuid, tmp_path / "workshop.sseassess")
    assert collect(workspace, [tmp_path / "workshop.sseassess"]).count("imported") == 1
    return uuid


def _dialog(
    qtbot: QtBot, workspace: Workspace, uuid: str | None, settings: QSettings
) -> SendAnswersDialog:
    dialog = SendAnswersDialog(workspace, uuid, "en", TaskRunner(run_now=True), settings)
    qtbot.addWidget(dialog)
    return dialog


def test_sends_the_answers_under_the_participants_name(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, settings: QSettings, child: FindChild
) -> None:
    uuid = laptop_workshop(workspace, tmp_path)
    workspace.save_answer(uuid, Answer(VOTE, 3))
    workspace.save_answer(uuid, Answer(ASSEMBLY, 2, note="AG en juin"))
    dialog = _dialog(qtbot, workspace, uuid, settings)
    send = child(dialog, QPushButton, "send")
    assert not send.isEnabled()  # no name yet
    child(dialog, QLineEdit, "name").setText("Aïssatou")  # QTest types ASCII only
    role = child(dialog, QComboBox, "role")
    role.setCurrentIndex(role.findData("board"))
    path = Path(child(dialog, QLineEdit, "path").text())
    assert path.parent == tmp_path / "usb" and path.name.endswith("Aïssatou.sseassess")
    with qtbot.waitSignal(dialog.sent) as sent:
        qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    assert sent.args == [path]
    assert dialog.message() == (
        f"Your answers (2) are saved in {path}. Give this file to the facilitator."
    )
    bundle = read_bundle(path, frameworks_of(workspace))
    assert bundle.participant is not None
    assert (bundle.participant.display_name, bundle.participant.role) == ("Aïssatou", "board")
    assert [a.answer for a in bundle.answers] == [
        Answer(ASSEMBLY, 2, note="AG en juin"),
        Answer(VOTE, 3),
    ]
    assert PARTICIPANT_NAME.get(settings) == "Aïssatou"
    assert PARTICIPANT_ROLE.get(settings) == "board"

    # Next time the name and role are remembered, and the same answers give the same file.
    again = _dialog(qtbot, workspace, uuid, settings)
    assert child(again, QLineEdit, "name").text() == "Aïssatou"
    assert child(again, QComboBox, "role").currentData() == "board"
    first = path.read_bytes()
    path.unlink()
    qtbot.mouseClick(child(again, QPushButton, "send"), Qt.MouseButton.LeftButton)
    assert path.read_bytes() == first


def test_the_file_can_be_chosen_and_gets_the_suffix(
    qtbot: QtBot,
    workspace: Workspace,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    child: FindChild,
) -> None:
    uuid = laptop_workshop(workspace, tmp_path)
    workspace.save_answer(uuid, Answer(VOTE, 1))
    dialog = _dialog(qtbot, workspace, uuid, settings)
    chosen = tmp_path / "mine"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(chosen), ""))
    )
    qtbot.mouseClick(
        child(dialog, QPushButton, "choose_path"),
        Qt.MouseButton.LeftButton,
    )
    qtbot.keyClicks(child(dialog, QLineEdit, "name"), "Ben")
    assert child(dialog, QLineEdit, "path").text() == str(chosen)  # kept: chosen by hand
    qtbot.mouseClick(child(dialog, QPushButton, "send"), Qt.MouseButton.LeftButton)
    assert (tmp_path / "mine.sseassess").is_file()
    assert SEND_FOLDER.get(settings) == str(tmp_path)


@pytest.mark.parametrize(
    ("situation", "expected"),
    [
        ("self-assessment", "Participants can only be added to a workshop assessment."),
        ("no answers", "There are no answers to send yet."),
        ("missing folder", "does not exist; choose another one."),
    ],
)
def test_a_refusal_is_shown_and_nothing_is_written(
    qtbot: QtBot,
    workspace: Workspace,
    tmp_path: Path,
    settings: QSettings,
    situation: str,
    expected: str,
    child: FindChild,
) -> None:
    if situation == "self-assessment":
        organization = workspace.add_organization(OrganizationProfile(name="Alone"))
        uuid = workspace.start_assessment(organization)
        workspace.save_answer(uuid, Answer(VOTE, 2))
    else:
        uuid = laptop_workshop(workspace, tmp_path)
    dialog = _dialog(qtbot, workspace, uuid, settings)
    qtbot.keyClicks(child(dialog, QLineEdit, "name"), "Chloe")
    target = tmp_path / "usb" / "out.sseassess"
    if situation == "missing folder":
        target = tmp_path / "gone" / "out.sseassess"
    child(dialog, QLineEdit, "path").setText(str(target))
    qtbot.mouseClick(child(dialog, QPushButton, "send"), Qt.MouseButton.LeftButton)
    assert expected in dialog.message()
    assert not target.exists()
    assert not dialog.running
    assert workspace.participants(uuid) == []


def test_without_a_workshop_there_is_nothing_to_send(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, child: FindChild
) -> None:
    dialog = _dialog(qtbot, workspace, None, settings)
    qtbot.keyClicks(child(dialog, QLineEdit, "name"), "Dan")
    assert "There is no workshop on this computer yet" in dialog.message()
    assert not child(dialog, QPushButton, "send").isEnabled()


def test_the_workshop_can_be_chosen_when_there_are_several(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, settings: QSettings, child: FindChild
) -> None:
    organization = workspace.add_organization(OrganizationProfile(name="Ici"))
    workspace.start_assessment(organization)
    first = workspace.start_assessment(organization, "workshop")
    second = workspace.start_assessment(organization, "workshop")
    dialog = _dialog(qtbot, workspace, None, settings)
    workshops = child(dialog, QComboBox, "workshop")
    assert workshops.isEnabled()
    assert {workshops.itemData(n) for n in range(workshops.count())} == {first, second}
