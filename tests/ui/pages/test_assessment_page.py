"""The assessment wizard, driven with the keyboard as a user without a mouse would."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from sseassess.app.workspace import Workspace
from sseassess.domain.records import OrganizationProfile
from sseassess.ui.pages.assessment_page import AssessmentPage
from sseassess.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tests.ui.conftest import FindChild


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _open(qtbot: QtBot, workspace: Workspace, settings: QSettings, uuid: str) -> AssessmentPage:
    page = AssessmentPage(workspace, "en", settings, runner=TaskRunner(run_now=True))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    page.open_assessment(uuid)
    return page


def _new_assessment(workspace: Workspace) -> str:
    organization = workspace.add_organization(OrganizationProfile(name="Keyboard Coop"))
    return workspace.start_assessment(organization)


def test_whole_assessment_with_the_keyboard_then_reopen(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    child: FindChild,
) -> None:
    """Digits choose levels, Ctrl+PageDown moves on; after a restart everything is there."""
    uuid = _new_assessment(workspace)
    evidence = tmp_path / "statutes.pdf"
    evidence.write_bytes(b"%PDF-1.4 statutes")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(evidence)], ""))
    )
    page = _open(qtbot, workspace, settings, uuid)
    framework = workspace.framework_of(workspace.assessment(uuid))
    expected: dict[str, int] = {}
    for row, characteristic in enumerate(framework.characteristics):
        assert page.current_characteristic == row
        for number, indicator in enumerate(characteristic.indicators):
            widget = page.indicator_widget(indicator.id)
            widget.setFocus()
            level = (row + number) % 5
            qtbot.keyClick(widget, Qt.Key(Qt.Key.Key_0.value + level))
            expected[indicator.id] = level
        if row < len(framework.characteristics) - 1:
            focused = QApplication.focusWidget()
            assert focused is not None
            qtbot.keyClick(focused, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    # A note typed, and an evidence file added with the keyboard (Space on the button).
    first = framework.characteristics[0].indicators[0].id
    note_widget = page.indicator_widget(first)
    note = child(note_widget, QPlainTextEdit, "note")
    note.setFocus()
    qtbot.keyClicks(note, "Article 2 of our statutes")
    add_evidence = child(note_widget, QPushButton, "add_evidence")
    add_evidence.setFocus()
    qtbot.keyClick(add_evidence, Qt.Key.Key_Space)
    last = framework.characteristics[-1].indicators[-1].id
    page.indicator_widget(last).setFocus()  # leaving the note saves it
    page.flush()

    stored = workspace.answers(uuid)
    assert {k: a.level for k, a in stored.items()} == expected
    assert stored[first].note == "Article 2 of our statutes"
    assert all(
        text.endswith(f"{len(c.indicators)} of {len(c.indicators)} answered")
        for text, c in zip(page.progress(), framework.characteristics, strict=True)
    )

    # Quit (the page goes away) and reopen: same place, same answers, note and evidence.
    page.close()
    reopened = _open(qtbot, workspace, settings, uuid)
    assert reopened.current_characteristic == len(framework.characteristics) - 1
    for indicator_id, level in expected.items():
        assert reopened.indicator_widget(indicator_id).answer.level == level
    assert reopened.indicator_widget(first).answer.note == "Article 2 of our statutes"
    assert reopened.indicator_widget(first).evidence_names()[0].startswith("statutes.pdf")


def test_not_applicable_needs_a_reason(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, child: FindChild
) -> None:
    uuid = _new_assessment(workspace)
    page = _open(qtbot, workspace, settings, uuid)
    widget = page.indicator_widget("autonomy.public-agreements")
    child(widget, QCheckBox, "not_applicable").click()
    assert "autonomy.public-agreements" not in workspace.answers(uuid)
    assert child(widget, QLabel, "reason_hint").isVisibleTo(widget)
    reason = child(widget, QLineEdit, "reason")
    qtbot.keyClicks(reason, "No public money at all")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    answer = workspace.answers(uuid)["autonomy.public-agreements"]
    assert answer.not_applicable and answer.reason == "No public money at all"
    # An indicator that does not allow N/A does not offer it.
    other = page.indicator_widget("autonomy.governance-independence")
    assert not child(other, QCheckBox, "not_applicable").isVisibleTo(page)


def test_an_accidental_click_can_be_undone(
    qtbot: QtBot, workspace: Workspace, settings: QSettings
) -> None:
    uuid = _new_assessment(workspace)
    page = _open(qtbot, workspace, settings, uuid)
    indicator = (
        workspace.framework_of(workspace.assessment(uuid)).characteristics[0].indicators[0].id
    )
    widget = page.indicator_widget(indicator)
    widget.choose_level(3)
    widget.choose_level(0)
    assert workspace.answers(uuid)[indicator].level == 0
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.answers(uuid)[indicator].level == 3
    assert widget.answer.level == 3


def test_finished_assessment_is_read_only(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    child: FindChild,
) -> None:
    uuid = _new_assessment(workspace)
    workspace.finish(uuid)
    page = _open(qtbot, workspace, settings, uuid)
    indicator = "democratic-control.one-member-one-vote"
    widget = page.indicator_widget(indicator)
    widget.choose_level(4)
    assert indicator not in workspace.answers(uuid)
    assert child(page, QFrame, "finished_banner").isVisibleTo(page)


def test_evidence_removal_asks_first(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    child: FindChild,
) -> None:
    uuid = _new_assessment(workspace)
    indicator = "democratic-control.one-member-one-vote"
    file = tmp_path / "minutes.txt"
    file.write_text("minutes")
    workspace.add_evidence(uuid, indicator, file)
    page = _open(qtbot, workspace, settings, uuid)
    widget = page.indicator_widget(indicator)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    child(widget, QPushButton, "remove_evidence").click()
    assert workspace.evidence(uuid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    child(widget, QPushButton, "remove_evidence").click()
    assert workspace.evidence(uuid) == {}
    assert widget.evidence_names() == []


def test_undo_keeps_a_note_saved_after_the_change(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, child: FindChild
) -> None:
    """Ctrl+Z takes back the level only; a note written since then stays."""
    uuid = _new_assessment(workspace)
    page = _open(qtbot, workspace, settings, uuid)
    indicator = "democratic-control.one-member-one-vote"
    widget = page.indicator_widget(indicator)
    widget.choose_level(2)
    child(widget, QPlainTextEdit, "note").setPlainText("Important note")
    widget.flush()
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    stored = workspace.answers(uuid)[indicator]
    assert (stored.level, stored.note) == (None, "Important note")
    qtbot.keyClick(widget, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    stored = workspace.answers(uuid)[indicator]
    assert (stored.level, stored.note) == (2, "Important note")


def test_evidence_is_added_in_the_background(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """A dropped file is copied into the database off the GUI thread, then listed."""
    uuid = _new_assessment(workspace)
    page = AssessmentPage(workspace, "en", settings, runner=TaskRunner())
    qtbot.addWidget(page)
    page.open_assessment(uuid)
    indicator = "democratic-control.one-member-one-vote"
    widget = page.indicator_widget(indicator)
    big = tmp_path / "minutes.pdf"
    big.write_bytes(b"%PDF-1.4 " + b"x" * 2_000_000)
    widget.evidence_add_requested.emit(indicator, [big])
    qtbot.waitUntil(lambda: bool(widget.evidence_names()), timeout=10_000)
    assert widget.evidence_names()[0].startswith("minutes.pdf")
    assert workspace.evidence(uuid)[indicator][0].size == big.stat().st_size


def test_the_position_is_written_once_it_settles_or_when_leaving(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, child: FindChild
) -> None:
    """Paging through the wizard does not wait for the disk at each step, yet the next
    start reopens where the user stopped."""
    uuid = _new_assessment(workspace)
    page = _open(qtbot, workspace, settings, uuid)
    framework = workspace.framework_of(workspace.assessment(uuid))
    first_of = [c.indicators[0].id for c in framework.characteristics]

    def stored() -> str | None:
        return workspace.assessment(uuid).current_indicator

    child(page, QListWidget, "characteristics").setCurrentRow(3)
    child(page, QListWidget, "characteristics").setCurrentRow(4)
    assert stored() != first_of[4]  # not yet: the user may still be paging
    qtbot.waitUntil(lambda: stored() == first_of[4], timeout=3000)

    child(page, QListWidget, "characteristics").setCurrentRow(6)
    page.flush()  # leaving the page, or quitting, writes it at once
    assert stored() == first_of[6]


def test_opening_evidence_gives_the_stored_file_to_the_system(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    uuid = _new_assessment(workspace)
    framework = workspace.framework_of(workspace.assessment(uuid))
    indicator = framework.characteristics[0].indicators[0].id
    source = tmp_path / "statutes.txt"
    source.write_bytes("Statuts de la coopérative".encode())
    workspace.add_evidence(uuid, indicator, source)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    page = _open(qtbot, workspace, settings, uuid)
    [record] = workspace.evidence(uuid)[indicator]

    page.indicator_widget(indicator).evidence_open_requested.emit(record.uuid)

    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "evidence.txt"  # a name sseassess makes, by the media type
    assert copy.read_bytes() == source.read_bytes()


def test_a_note_too_long_to_travel_is_said_at_entry_and_kept_in_the_field(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, child: FindChild
) -> None:
    """100,000 characters or a NUL were accepted and exported, then every other computer
    refused the whole file: now the limit is said where the note is typed."""
    from sseassess.domain.answers import MAX_TEXT_LENGTH

    uuid = _new_assessment(workspace)
    page = _open(qtbot, workspace, settings, uuid)
    indicator = "democratic-control.one-member-one-vote"
    widget = page.indicator_widget(indicator)
    note = child(widget, QPlainTextEdit, "note")
    note.setPlainText("short\x00 note")
    widget.flush()
    assert workspace.answers(uuid)[indicator].note == "short note"
    note.setPlainText("n" * 100_000)
    widget.flush()
    hint = child(widget, QLabel, "note_hint")
    assert not hint.isHidden()
    assert hint.text().startswith("This note is too long to be saved: 100000 characters, at most")
    assert workspace.answers(uuid)[indicator].note == "short note"
    assert note.toPlainText() == "n" * 100_000  # nothing typed is lost
    note.setPlainText("n" * MAX_TEXT_LENGTH)
    widget.flush()
    assert hint.isHidden()
    assert len(workspace.answers(uuid)[indicator].note) == MAX_TEXT_LENGTH
    assert child(widget, QLineEdit, "reason").maxLength() == MAX_TEXT_LENGTH
