"""File › Verify a PDF…: the verdict in plain words, whom the reviewer trusts, remembered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from sseassess.app.issuer import issue, open_issuer
from sseassess.app.workspace import Workspace
from sseassess.ui.dialogs.verify_dialog import VerifyDialog
from sseassess.ui.settings import TRUSTED_ISSUERS, VERIFY_REGISTRY
from sseassess.ui.tasks import TaskRunner

PASSPHRASE = b"correct horse battery"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def charter(
    workspace: Workspace, met_certificate: Path, issuer_folder: Path, tmp_path: Path
) -> Path:
    path = tmp_path / "charter.pdf"
    issue(workspace, met_certificate, open_issuer(issuer_folder), PASSPHRASE, path, language="en")
    return path


def _dialog(qtbot: QtBot, settings: QSettings, **options: Any) -> VerifyDialog:
    dialog = VerifyDialog("en", TaskRunner(run_now=True), settings, **options)
    qtbot.addWidget(dialog)
    return dialog


def _verify(qtbot: QtBot, dialog: VerifyDialog, path: Path) -> None:
    dialog.set_file(path)
    button = dialog.findChild(QPushButton, "verify")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.running


def test_a_charter_certificate_of_a_trusted_issuer_is_valid(
    qtbot: QtBot, settings: QSettings, charter: Path, issuer_folder: Path
) -> None:
    dialog = _dialog(qtbot, settings)
    assert dialog.add_trusted(issuer_folder / "issuer.pem")
    _verify(qtbot, dialog, charter)
    assert dialog.verdict() == "Valid charter certificate"
    assert "issued by ICSSE Secretariat to Coopérative Solidaire du Sahel" in (dialog.explanation())
    facts = dialog.facts()
    assert facts["Issuer"] == "ICSSE Secretariat"
    assert facts["Certificate number"].endswith("-00001")
    assert facts["Signed by"].startswith("ICSSE Secretariat (key ")
    assert "revocation not checked" in dialog.findings()


def test_the_same_certificate_without_trusting_its_issuer(
    qtbot: QtBot, settings: QSettings, charter: Path
) -> None:
    dialog = _dialog(qtbot, settings)
    _verify(qtbot, dialog, charter)
    assert dialog.verdict() == "Not trusted here"
    assert "“ICSSE Secretariat”, an issuer you have not chosen to trust" in (dialog.explanation())


def test_a_self_assessment_says_nobody_else_checked_it(
    qtbot: QtBot, settings: QSettings, met_certificate: Path
) -> None:
    dialog = _dialog(qtbot, settings)
    _verify(qtbot, dialog, met_certificate)
    assert dialog.verdict() == "Self-declared: nobody else checked it"
    assert "a self-assessment certificate made with sseassess" in dialog.explanation()
    assert dialog.facts()["Organization"] == "Coopérative Solidaire du Sahel"
    assert dialog.findings() == ""


def test_an_altered_file_says_what_was_found(
    qtbot: QtBot, settings: QSettings, met_certificate: Path, tmp_path: Path
) -> None:
    content = bytearray(met_certificate.read_bytes())
    position = content.index(b"/Type /Page")
    content[position + 1 : position + 5] = b"TYPE"
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(content))
    dialog = _dialog(qtbot, settings)
    _verify(qtbot, dialog, altered)
    assert dialog.verdict() == "Altered, forged or revoked: do not rely on it"
    assert "What was found:" in dialog.findings()
    assert "bytes were changed after signing" in dialog.findings()


def test_a_file_that_is_not_a_pdf_cannot_be_checked(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("not a PDF", encoding="utf-8")
    dialog = _dialog(qtbot, settings)
    _verify(qtbot, dialog, path)
    assert dialog.verdict() == "Cannot be checked"
    assert "is not a PDF that can be read" in dialog.explanation()


def test_a_file_that_is_not_an_issuer_certificate_is_refused(
    qtbot: QtBot, settings: QSettings, met_certificate: Path
) -> None:
    dialog = _dialog(qtbot, settings)
    assert not dialog.add_trusted(met_certificate)
    assert dialog.trusted_files() == []
    assert "is not an issuer's certificate" in dialog.explanation()
    assert TRUSTED_ISSUERS.get(settings) == []


def test_trusted_issuers_and_the_registry_are_remembered(
    qtbot: QtBot, settings: QSettings, issuer_folder: Path, met_certificate: Path, tmp_path: Path
) -> None:
    seen: list[tuple[Path, list[Path], Path | None]] = []

    def verifier(pdf: Path, trusted: list[Path], registry: Path | None) -> Any:
        from sseassess.app.verify import read_trusted, verify_file

        seen.append((pdf, trusted, registry))
        return verify_file(pdf, read_trusted(trusted), None)

    dialog = _dialog(qtbot, settings, verifier=verifier)
    certificate = issuer_folder / "issuer.pem"
    dialog.add_trusted(certificate)
    registry = dialog.findChild(QLineEdit, "registry")
    assert registry is not None
    registry.setText(str(tmp_path / "registry.json"))
    _verify(qtbot, dialog, met_certificate)
    assert seen == [(met_certificate, [certificate], tmp_path / "registry.json")]
    assert VERIFY_REGISTRY.get(settings) == str(tmp_path / "registry.json")

    again = _dialog(qtbot, settings)
    assert again.trusted_files() == [certificate]
    remove = again.findChild(QPushButton, "remove_issuer")
    assert remove is not None and remove.isEnabled()
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert again.trusted_files() == []
    assert _dialog(qtbot, settings).trusted_files() == []
