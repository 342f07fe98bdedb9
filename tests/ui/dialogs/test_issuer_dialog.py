"""File › Issuer (secretariat)…: create an issuer, issue, list, revoke, write the registry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from sseassess.app.verify import read_trusted, verify_file
from sseassess.app.workspace import Workspace
from sseassess.ui.dialogs.issuer_dialog import IssuerDialog
from sseassess.ui.settings import ISSUER_FOLDER
from sseassess.ui.tasks import TaskRunner

PASSPHRASE = "correct horse battery"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _dialog(qtbot: QtBot, workspace: Workspace, settings: QSettings) -> IssuerDialog:
    dialog = IssuerDialog(workspace, "en", TaskRunner(run_now=True), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _tab(dialog: IssuerDialog, title: str) -> None:
    """Bring the tab called ``title`` to the front, as a click on it does."""
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    titles = [tabs.tabText(index).replace("&", "") for index in range(tabs.count())]
    tabs.setCurrentIndex(titles.index(title))


def _type(dialog: IssuerDialog, name: str, text: str) -> None:
    field = dialog.findChild(QLineEdit, name)
    assert field is not None, name
    field.setText(text)


def _click(qtbot: QtBot, dialog: IssuerDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.running


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))


def _issue(
    qtbot: QtBot,
    dialog: IssuerDialog,
    monkeypatch: pytest.MonkeyPatch,
    submission: Path,
    passphrase: str,
    target: Path,
) -> None:
    """In the Issue tab: the submission, the passphrase, Issue certificate…, saved as
    ``target``."""
    _tab(dialog, "Issue")
    _type(dialog, "submission", str(submission))
    _type(dialog, "passphrase", passphrase)
    _save_as(monkeypatch, target)
    _click(qtbot, dialog, "start")


def test_create_an_issuer_in_a_new_folder(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    folder = tmp_path / "secretariat"
    dialog = _dialog(qtbot, workspace, settings)
    dialog.set_folder(folder)
    assert "No issuer in this folder yet" in dialog.status()
    _type(dialog, "name", "  Réseau   Solidaire ")
    _type(dialog, "new_passphrase", PASSPHRASE)
    _type(dialog, "new_passphrase_again", PASSPHRASE)
    _click(qtbot, dialog, "start")
    assert dialog.issuer is not None and dialog.issuer.name == "Réseau Solidaire"
    assert (folder / "issuer.pem").exists()
    assert "Issuer “Réseau Solidaire” created" in dialog.message()
    assert dialog.status().startswith("Issuer: Réseau Solidaire (key ")
    assert ISSUER_FOLDER.get(settings) == str(folder)
    # The passphrase fields are emptied once used.
    field = dialog.findChild(QLineEdit, "new_passphrase")
    assert field is not None and field.text() == ""


def test_passphrases_that_differ_create_nothing(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    folder = tmp_path / "secretariat"
    dialog = _dialog(qtbot, workspace, settings)
    dialog.set_folder(folder)
    _type(dialog, "name", "Réseau")
    _type(dialog, "new_passphrase", PASSPHRASE)
    _type(dialog, "new_passphrase_again", PASSPHRASE + "!")
    _click(qtbot, dialog, "start")
    assert dialog.message() == "The two passphrases differ."
    assert dialog.issuer is None and not folder.exists()


def test_issue_list_revoke_and_write_the_registry(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    issuer_folder: Path,
    met_certificate: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(qtbot, workspace, settings)
    dialog.set_folder(issuer_folder)
    assert dialog.issuer is not None
    charter = tmp_path / "charter.pdf"
    _issue(qtbot, dialog, monkeypatch, met_certificate, PASSPHRASE, charter)
    assert "Charter certificate No. " in dialog.message(), dialog.message()
    assert "issued to Coopérative Solidaire du Sahel" in dialog.message()
    trusted = read_trusted([issuer_folder / "issuer.pem"])
    assert verify_file(charter, trusted).outcome.exit_code == 0
    rows = dialog.register_rows()
    assert len(rows) == 1 and rows[0][1] == "Coopérative Solidaire du Sahel"
    assert rows[0][4] == "valid"
    number = rows[0][0]

    _tab(dialog, "Register")
    start = dialog.findChild(QPushButton, "start")
    assert start is not None and start.text().replace("&", "") == "Write registry…"
    table = dialog.findChild(QTableWidget, "register")
    assert table is not None
    table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    _click(qtbot, dialog, "revoke")
    assert dialog.message() == f"No. {number} is revoked. Write the registry again and publish it."
    assert dialog.register_rows()[0][4].startswith("revoked on ")

    registry = tmp_path / "registry.json"
    _type(dialog, "registry_passphrase", PASSPHRASE)
    _save_as(monkeypatch, registry)
    _click(qtbot, dialog, "start")
    assert dialog.message() == f"Registry of 1 certificates written to {registry}"
    assert number in registry.read_text(encoding="utf-8")
    assert verify_file(charter, trusted, registry).outcome.exit_code == 1


def test_a_wrong_passphrase_issues_nothing(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    issuer_folder: Path,
    met_certificate: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(qtbot, workspace, settings)
    dialog.set_folder(issuer_folder)
    charter = tmp_path / "charter.pdf"
    _issue(qtbot, dialog, monkeypatch, met_certificate, "not the passphrase", charter)
    assert "cannot be opened: wrong passphrase?" in dialog.message()
    assert not charter.exists() and dialog.register_rows() == []


def test_a_submission_that_does_not_meet_the_rules_is_refused(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    issuer_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sseassess.app.demo import create_demo
    from sseassess.app.export import export_documents

    submission = tmp_path / "demo.pdf"
    export_documents(
        workspace, create_demo(workspace), certificate=submission, report=None, language="en"
    )
    dialog = _dialog(qtbot, workspace, settings)
    dialog.set_folder(issuer_folder)
    charter = tmp_path / "charter.pdf"
    _issue(qtbot, dialog, monkeypatch, submission, PASSPHRASE, charter)
    assert "do not meet the certificate rules" in dialog.message(), dialog.message()
    assert not charter.exists() and dialog.register_rows() == []
