"""The "Collect answers" dialog: files chosen, imported in the background, outcomes shown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from sseassess.app.bundles import CollectReport, collect, export_bundle
from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile
from sseassess.ui.dialogs.collect_dialog import CollectDialog
from sseassess.ui.settings import COLLECT_FOLDER
from sseassess.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from tests.ui.conftest import FindChild

VOTE = "democratic-control.one-member-one-vote"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def participant_files(tmp_path: Path, count: int) -> tuple[str, list[Path]]:
    """A trainer's workshop and ``count`` participants' files sent from their laptops."""
    with Workspace.open(f"sqlite:///{tmp_path / 'trainer.db'}") as trainer:
        organization = trainer.add_organization(OrganizationProfile(name="Tisserands"))
        uuid = trainer.start_assessment(organization, "workshop")
        export_bundle(trainer, uuid, tmp_path / "workshop.sseassess")
    files = []
    for number in range(count):
        with Workspace.open(f"sqlite:///{tmp_path / f'laptop{number}.db'}") as laptop:
            collect(laptop, [tmp_path / "workshop.sseassess"])
            laptop.save_answer(uuid, Answer(VOTE, number % 5))
            path = tmp_path / f"participant{number}.sseassess"
            export_bundle(laptop, uuid, path, f"Participant {number}")
            files.append(path)
    return uuid, files


def _dialog(
    qtbot: QtBot,
    workspace: Workspace,
    uuid: str | None,
    settings: QSettings,
    runner: TaskRunner | None = None,
) -> CollectDialog:
    dialog = CollectDialog(workspace, uuid, "en", runner or TaskRunner(run_now=True), settings)
    qtbot.addWidget(dialog)
    return dialog


def test_collects_the_files_and_shows_what_each_gave(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, settings: QSettings, child: FindChild
) -> None:
    uuid, files = participant_files(tmp_path, 3)
    broken = tmp_path / "broken.sseassess"
    broken.write_bytes(files[0].read_bytes()[:100])
    collect(workspace, [tmp_path / "workshop.sseassess"])
    dialog = _dialog(qtbot, workspace, uuid, settings)
    assert not child(dialog, QPushButton, "collect").isEnabled()
    dialog.add_files([*files, broken, files[0]])  # each file once
    assert dialog.files() == [*files, broken]
    with qtbot.waitSignal(dialog.collected) as collected:
        qtbot.mouseClick(child(dialog, QPushButton, "collect"), Qt.MouseButton.LeftButton)
    report = collected.args[0]
    assert isinstance(report, CollectReport)
    assert dialog.message() == "Files: 3 imported, 1 refused."
    model = dialog.model
    assert model.rowCount() == 4
    assert model.data(model.index(3, 1)) == "Refused"
    assert "cut short" in model.data(model.index(3, 2))
    assert len(workspace.participants(uuid)) == 3
    assert not dialog.running

    # Again: nothing changes.
    qtbot.mouseClick(child(dialog, QPushButton, "collect"), Qt.MouseButton.LeftButton)
    assert dialog.message() == "Files: 3 unchanged, 1 refused."


def test_files_are_chosen_and_removed(
    qtbot: QtBot,
    workspace: Workspace,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    child: FindChild,
) -> None:
    chosen = [tmp_path / "a.sseassess", tmp_path / "b.sseassess"]
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *_args: ([str(path) for path in chosen], "")),
    )
    dialog = _dialog(qtbot, workspace, None, settings)
    qtbot.mouseClick(child(dialog, QPushButton, "add_files"), Qt.MouseButton.LeftButton)
    assert dialog.files() == chosen
    assert COLLECT_FOLDER.get(settings) == str(tmp_path)
    remove = child(dialog, QPushButton, "remove_files")
    assert not remove.isEnabled()
    listing = child(dialog, QListWidget, "files")
    listing.item(0).setSelected(True)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert dialog.files() == chosen[1:]


class CancellingRunner(TaskRunner):
    """Runs at once, and has the dialog cancelled (or closed) after the first file."""

    def __init__(self, act: str) -> None:
        super().__init__(run_now=True)
        self.act = act
        self.dialog: CollectDialog | None = None

    def start(self, task: Task) -> Task:
        def after_first(done: int, _total: int) -> None:
            if done == 1 and self.dialog is not None:
                getattr(self.dialog, self.act)()

        task.progress.connect(after_first)
        return super().start(task)


def test_cancel_keeps_the_files_already_imported(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, settings: QSettings
) -> None:
    uuid, files = participant_files(tmp_path, 3)
    collect(workspace, [tmp_path / "workshop.sseassess"])  # brings their framework
    runner = CancellingRunner("cancel")
    dialog = _dialog(qtbot, workspace, None, settings, runner)
    runner.dialog = dialog
    dialog.add_files(files)
    dialog.start()
    assert dialog.message() == (
        "Files: 1 imported. Cancelled: 2 file(s) not read; the files above stay imported."
    )
    assert dialog.model.rowCount() == 1
    assert len(workspace.participants(uuid)) == 1


def test_closing_while_collecting_cancels_then_closes(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, settings: QSettings
) -> None:
    _uuid, files = participant_files(tmp_path, 2)
    runner = CancellingRunner("reject")
    dialog = _dialog(qtbot, workspace, None, settings, runner)
    runner.dialog = dialog
    dialog.add_files(files)
    dialog.show()
    with qtbot.waitSignal(dialog.finished):
        dialog.start()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.model.rowCount() == 1


def test_files_of_another_assessment_are_pointed_out(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, settings: QSettings
) -> None:
    _uuid, files = participant_files(tmp_path, 1)
    here = workspace.start_assessment(
        workspace.add_organization(OrganizationProfile(name="Ici")), "workshop"
    )
    dialog = _dialog(qtbot, workspace, here, settings)
    dialog.add_files(files)
    dialog.start()
    assert dialog.message().endswith("1 file(s) belonged to another assessment and went there.")


def test_a_bug_is_reported(
    qtbot: QtBot,
    workspace: Workspace,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    import sseassess.app.bundles as merge

    def broken(*_args: object, **_options: object) -> object:
        raise RuntimeError("boom")

    hooked: list[object] = []
    monkeypatch.setattr(merge, "collect", broken)
    monkeypatch.setattr(sys, "excepthook", lambda *args: hooked.append(args))
    dialog = _dialog(qtbot, workspace, None, settings)
    dialog.add_files([tmp_path / "x.sseassess"])
    dialog.start()
    assert dialog.message() == "Collecting stopped because of an error in sseassess: boom"
    assert len(hooked) == 1
