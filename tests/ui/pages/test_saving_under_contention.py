"""The wizard never loses what the user typed (a locked database, a change made elsewhere),
never writes over a change made elsewhere, and never opens a file by the name it came with."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from sseassess.app.workspace import Workspace
from sseassess.cli import main
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile
from sseassess.storage import database as storage_database
from sseassess.ui.main_window import MainWindow
from sseassess.ui.pages.assessment_page import AssessmentPage
from sseassess.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tests.ui.conftest import FindChild

VOTE = "democratic-control.one-member-one-vote"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def impatient(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    """A workspace whose saves give up after 0.1 s when another program holds the lock."""
    monkeypatch.setattr(storage_database, "BUSY_TIMEOUT_MS", 100)
    opened = Workspace.open(database_url)
    yield opened
    opened.close()


@pytest.fixture
def assessment(impatient: Workspace) -> str:
    organization = impatient.add_organization(OrganizationProfile(name="Coop"))
    return impatient.start_assessment(organization)


class Lock:
    """Another program holding the database's write lock."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(path, isolation_level=None)

    def take(self) -> None:
        self._connection.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self._connection.execute("COMMIT")
        self._connection.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    return shown


def _page(qtbot: QtBot, workspace: Workspace, settings: QSettings, uuid: str) -> AssessmentPage:
    page = AssessmentPage(workspace, "en", settings, runner=TaskRunner(run_now=True))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.open_assessment(uuid)
    return page


def test_a_save_that_meets_a_lock_keeps_the_text_and_saves_it_later(
    qtbot: QtBot,
    child: FindChild,
    impatient: Workspace,
    assessment: str,
    settings: QSettings,
    tmp_path: Path,
    warnings: list[str],
) -> None:
    """With the database locked, the GUI showed "Not saved" and emptied the note field."""
    page = _page(qtbot, impatient, settings, assessment)
    widget = page.indicator_widget(VOTE)
    note = child(widget, QPlainTextEdit, "note")
    lock = Lock(tmp_path / "sseassess.db")
    lock.take()
    note.setFocus()
    qtbot.keyClicks(note, "Minutes of the 2025 assembly")
    widget.flush()
    assert note.toPlainText() == "Minutes of the 2025 assembly"
    assert widget.unsaved and page.unsaved_count == 1
    assert not child(widget, QLabel, "unsaved").isHidden()
    assert child(page, QLabel, "save_status").text().startswith("Not saved")
    assert warnings == []  # a lock is waited out, not a dialog
    lock.release()
    qtbot.waitUntil(lambda: page.unsaved_count == 0, timeout=10_000)
    assert not widget.unsaved
    assert impatient.answers(assessment)[VOTE].note == "Minutes of the 2025 assembly"


def test_a_level_chosen_while_locked_stays_chosen_and_is_saved_later(
    qtbot: QtBot,
    impatient: Workspace,
    assessment: str,
    settings: QSettings,
    tmp_path: Path,
    warnings: list[str],
) -> None:
    page = _page(qtbot, impatient, settings, assessment)
    widget = page.indicator_widget(VOTE)
    lock = Lock(tmp_path / "sseassess.db")
    lock.take()
    widget.choose_level(3)
    assert widget.answer.level == 3 and widget.unsaved
    lock.release()
    page.retry_unsaved()
    assert impatient.answers(assessment)[VOTE].level == 3
    assert not widget.unsaved


def test_quitting_with_unsaved_answers_asks(
    qtbot: QtBot,
    impatient: Workspace,
    assessment: str,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(settings, impatient, "en", TaskRunner(run_now=True))
    qtbot.addWidget(window)
    window.show()
    window.open_assessment(assessment)
    lock = Lock(tmp_path / "sseassess.db")
    lock.take()
    window.assessment.indicator_widget(VOTE).choose_level(2)
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])

    def ask(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "warning", ask)
    try:
        assert not window.close()  # cancelled: the window stays, the answer with it
        assert window.isVisible() and window.assessment.unsaved_count == 1
        assert window.close()  # "quit and lose them"
    finally:
        lock.release()
    assert len(asked) == 2 and "1 answer(s) could not be saved" in asked[0]


def test_an_import_made_elsewhere_is_not_overwritten_by_a_click(
    qtbot: QtBot,
    child: FindChild,
    workspace: Workspace,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    """The GUI had the assessment open, "answers import" changed it, the user clicked a
    level: the database ended with the GUI's stale note."""
    organization = workspace.add_organization(OrganizationProfile(name="Coop"))
    uuid = workspace.start_assessment(organization)
    workspace.save_answer(uuid, Answer(VOTE, 1, note="typed in the window"))
    page = _page(qtbot, workspace, settings, uuid)
    paper = tmp_path / "paper.csv"
    paper.write_text(f"indicator,level,reason,note\n{VOTE},,,imported from paper\n")
    assert main(["answers", "import", uuid, str(paper)]) == 0

    page.indicator_widget(VOTE).choose_level(3)

    assert workspace.answers(uuid)[VOTE] == Answer(VOTE, 3, note="imported from paper")
    note = child(page.indicator_widget(VOTE), QPlainTextEdit, "note")
    assert note.toPlainText() == "imported from paper"


def test_changes_made_elsewhere_are_shown_without_a_click(
    qtbot: QtBot,
    child: FindChild,
    workspace: Workspace,
    settings: QSettings,
    database_url: str,
) -> None:
    organization = workspace.add_organization(OrganizationProfile(name="Coop"))
    uuid = workspace.start_assessment(organization)
    page = _page(qtbot, workspace, settings, uuid)
    with Workspace.open(database_url) as elsewhere:
        elsewhere.save_answer(uuid, Answer(VOTE, 4, note="from another program"))
    page.check_for_changes()  # what the page's timer does every few seconds
    widget = page.indicator_widget(VOTE)
    note = child(widget, QPlainTextEdit, "note")
    assert (widget.answer.level, note.toPlainText()) == (4, "from another program")
    assert child(page, QLabel, "save_status").text() == "Updated with changes made elsewhere"


@pytest.mark.parametrize("keep_mine", [True, False])
def test_a_note_changed_here_and_elsewhere_asks_which_to_keep(
    qtbot: QtBot,
    child: FindChild,
    workspace: Workspace,
    settings: QSettings,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    keep_mine: bool,
) -> None:
    organization = workspace.add_organization(OrganizationProfile(name="Coop"))
    uuid = workspace.start_assessment(organization)
    page = _page(qtbot, workspace, settings, uuid)
    asked: list[str] = []
    button = QMessageBox.StandardButton.Yes if keep_mine else QMessageBox.StandardButton.No
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or button
    )
    with Workspace.open(database_url) as elsewhere:
        elsewhere.save_answer(uuid, Answer(VOTE, None, note="theirs"))
    widget = page.indicator_widget(VOTE)
    note = child(widget, QPlainTextEdit, "note")
    note.setPlainText("mine")
    widget.flush()
    assert len(asked) == 1 and "changed elsewhere" in asked[0]
    expected = "mine" if keep_mine else "theirs"
    assert workspace.answers(uuid)[VOTE].note == expected
    assert note.toPlainText() == expected


def test_a_disguised_program_is_never_handed_to_the_desktop(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An evidence file named "minutes\\u202efdp.exe" was listed as "minutes…exe.pdf" and
    handed to the desktop to open."""
    organization = workspace.add_organization(OrganizationProfile(name="Coop"))
    uuid = workspace.start_assessment(organization)
    disguised = tmp_path / "minutes\u202efdp.exe"
    disguised.write_bytes(b"MZ not a document")
    workspace.add_evidence(uuid, VOTE, disguised)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    copy = tmp_path / "copy.bin"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), ""))
    )
    page = _page(qtbot, workspace, settings, uuid)
    widget = page.indicator_widget(VOTE)
    assert widget.evidence_names()[0].startswith("minutesfdp.exe")
    [record] = workspace.evidence(uuid)[VOTE]
    widget.evidence_open_requested.emit(record.uuid)
    assert opened == []
    assert told and "does not open it" in told[0]
    assert copy.read_bytes() == b"MZ not a document"
