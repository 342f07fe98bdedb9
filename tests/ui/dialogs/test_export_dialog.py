"""The export dialog: choices passed to the exporter, progress, cancel, errors, overwriting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from sseassess.app.demo import create_demo
from sseassess.app.workspace import Workspace
from sseassess.domain.text import N_
from sseassess.i18n import SUPPORTED_LANGUAGES, language_name, translation
from sseassess.storage.errors import StorageError
from sseassess.ui.dialogs.export_dialog import ExportDialog
from sseassess.ui.file_names import safe_file_name
from sseassess.ui.settings import EXPORT_FOLDER, documents_folder
from sseassess.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tests.ui.conftest import FindChild

CERTIFICATE = "Coopérative des Tisserands de Thiès 2026-10-15 certificate.pdf"
REPORT = "Coopérative des Tisserands de Thiès 2026-10-15 report.pdf"


class FakeExporter:
    """Records its calls and writes what it is asked to; ``during`` runs mid-export."""

    def __init__(self, during: Callable[[], None] | None = None) -> None:
        self.calls: list[dict[str, Any]] = []
        self.during = during

    def __call__(
        self,
        workspace: Workspace,
        assessment_uuid: str,
        *,
        certificate: Path | None,
        report: Path | None,
        language: str,
        include_notes: bool,
        progress: Callable[[int, int], None],
        cancelled: Callable[[], bool],
    ) -> list[Path]:
        self.calls.append(
            {
                "assessment": assessment_uuid,
                "certificate": certificate,
                "report": report,
                "language": language,
                "include_notes": include_notes,
            }
        )
        targets = [path for path in (certificate, report) if path is not None]
        progress(0, len(targets) + 1)
        if self.during is not None:
            self.during()
        written: list[Path] = []
        for done, path in enumerate(targets, start=1):
            if cancelled():
                return written
            path.write_bytes(b"%PDF-1.4 fake")
            written.append(path)
            progress(done, len(targets) + 1)
        progress(len(targets) + 1, len(targets) + 1)
        return written


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    folder = tmp_path / "out"
    folder.mkdir()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    EXPORT_FOLDER.set_folder(settings, folder)
    return settings


def _dialog(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    exporter: Any,
    language: str = "en",
) -> ExportDialog:
    dialog = ExportDialog(
        workspace,
        create_demo(workspace),
        language,
        TaskRunner(run_now=True),
        settings,
        exporter=exporter,
    )
    qtbot.addWidget(dialog)
    return dialog


def _click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_exports_the_chosen_documents_in_the_chosen_language(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    child: FindChild,
) -> None:
    exporter = FakeExporter()
    dialog = _dialog(qtbot, workspace, settings, exporter)
    child(dialog, QCheckBox, "report").setChecked(False)
    combo = child(dialog, QComboBox, "pdf_language")
    combo.setCurrentIndex(combo.findText("Español"))
    with qtbot.waitSignal(dialog.exported) as exported:
        _click(qtbot, child(dialog, QPushButton, "export"))
    folder = tmp_path / "out"
    assert exporter.calls == [
        {
            "assessment": dialog.assessment_uuid,
            "certificate": folder / CERTIFICATE,
            "report": None,
            "language": "es",
            "include_notes": False,
        }
    ]
    assert exported.args == [[folder / CERTIFICATE]]
    assert CERTIFICATE in dialog.message() and str(folder) in dialog.message()
    assert EXPORT_FOLDER.get(settings) == str(folder)

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    _click(qtbot, child(dialog, QPushButton, "open_folder"))
    assert opened == [QUrl.fromLocalFile(str(folder))]


def test_internal_notes_only_when_asked_and_only_in_the_report(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    child: FindChild,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Off by default; when ticked, the report carries the notes; without a report the
    choice cannot be made."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes
    )  # the files of the previous export are replaced
    exporter = FakeExporter()
    dialog = _dialog(qtbot, workspace, settings, exporter)
    notes = child(dialog, QCheckBox, "include_notes")
    assert not notes.isChecked() and notes.isEnabled()
    _click(qtbot, child(dialog, QPushButton, "export"))
    notes.setChecked(True)
    _click(qtbot, child(dialog, QPushButton, "export"))
    child(dialog, QCheckBox, "report").setChecked(False)
    assert not notes.isEnabled()
    _click(qtbot, child(dialog, QPushButton, "export"))
    assert [call["include_notes"] for call in exporter.calls] == [False, True, False]


def test_progress_is_shown_while_exporting(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, child: FindChild
) -> None:
    seen: list[tuple[bool, int, int]] = []

    def look() -> None:
        bar = child(dialog, QProgressBar, "progress")
        seen.append((bar.isVisible(), bar.value(), bar.maximum()))

    exporter = FakeExporter(during=look)
    dialog = _dialog(qtbot, workspace, settings, exporter)
    dialog.show()
    _click(qtbot, child(dialog, QPushButton, "export"))
    assert seen == [(True, 0, 3)]
    assert not dialog.running
    assert not child(dialog, QProgressBar, "progress").isVisible()
    assert REPORT in dialog.message()


def test_cancel_sets_the_task_cancelled(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, tmp_path: Path, child: FindChild
) -> None:
    tasks = []

    def cancel() -> None:
        tasks.append(dialog.task)
        _click(qtbot, child(dialog, QPushButton, "cancel"))

    dialog = _dialog(qtbot, workspace, settings, FakeExporter(during=cancel))
    dialog.show()
    _click(qtbot, child(dialog, QPushButton, "export"))
    assert tasks and tasks[0] is not None and tasks[0].cancelled
    assert dialog.message() == "The export was cancelled."
    assert list((tmp_path / "out").iterdir()) == []


def test_an_error_is_shown_translated_and_changes_nothing(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    child: FindChild,
) -> None:
    folder = tmp_path / "out"
    existing = folder / CERTIFICATE
    existing.write_bytes(b"the old certificate")
    remembered = tmp_path / "remembered"
    remembered.mkdir()
    template = N_("The disk is full: free some space and try again ({where}).")

    def fail(*_args: object, **_kwargs: object) -> list[Path]:
        raise StorageError(template, where=str(folder))

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog = _dialog(qtbot, workspace, settings, fail, language="fr")
    EXPORT_FOLDER.set_folder(settings, remembered)
    child(dialog, QCheckBox, "report").setChecked(False)
    _click(qtbot, child(dialog, QPushButton, "export"))
    french = translation("fr").gettext(template)
    assert french != template
    assert dialog.message() == french.format(where=str(folder))
    assert existing.read_bytes() == b"the old certificate"
    assert sorted(p.name for p in folder.iterdir()) == [CERTIFICATE]
    assert EXPORT_FOLDER.get(settings) == str(remembered)  # a failed folder is not kept
    assert not dialog.running
    open_folder = child(dialog, QPushButton, "open_folder")
    assert open_folder.isHidden()


def test_replacing_a_file_asks_first(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    child: FindChild,
) -> None:
    existing = tmp_path / "out" / REPORT
    existing.write_bytes(b"last year's report")
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    exporter = FakeExporter()
    dialog = _dialog(qtbot, workspace, settings, exporter)
    _click(qtbot, child(dialog, QPushButton, "export"))
    assert len(asked) == 1 and REPORT in asked[0]
    assert exporter.calls == []
    assert existing.read_bytes() == b"last year's report"

    answer = QMessageBox.StandardButton.Yes
    _click(qtbot, child(dialog, QPushButton, "export"))
    assert len(exporter.calls) == 1
    assert existing.read_bytes() == b"%PDF-1.4 fake"


def test_nothing_to_export_disables_export(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, child: FindChild
) -> None:
    dialog = _dialog(qtbot, workspace, settings, FakeExporter())
    export = child(dialog, QPushButton, "export")
    assert export.isEnabled()
    child(dialog, QCheckBox, "certificate").setChecked(False)
    child(dialog, QCheckBox, "report").setChecked(False)
    assert not export.isEnabled()


def test_folder_is_chosen_with_a_folder_dialog(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    child: FindChild,
) -> None:
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(chosen))
    exporter = FakeExporter()
    dialog = _dialog(qtbot, workspace, settings, exporter)
    _click(qtbot, child(dialog, QPushButton, "choose_folder"))
    _click(qtbot, child(dialog, QPushButton, "export"))
    assert exporter.calls[0]["report"] == chosen / REPORT
    assert EXPORT_FOLDER.get(settings) == str(chosen)


def test_missing_folder_is_refused(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, tmp_path: Path, child: FindChild
) -> None:
    exporter = FakeExporter()
    dialog = _dialog(qtbot, workspace, settings, exporter)
    child(dialog, QLineEdit, "folder").setText(str(tmp_path / "nowhere"))
    _click(qtbot, child(dialog, QPushButton, "export"))
    assert exporter.calls == []
    assert "does not exist" in dialog.message()


def test_defaults_to_the_documents_folder(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, child: FindChild
) -> None:
    settings = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    dialog = _dialog(qtbot, workspace, settings, FakeExporter())
    assert child(dialog, QLineEdit, "folder").text() == str(documents_folder())


def test_languages_are_named_in_themselves(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, child: FindChild
) -> None:
    dialog = _dialog(qtbot, workspace, settings, FakeExporter(), language="fr")
    combo = child(dialog, QComboBox, "pdf_language")
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == [language_name(code) for code in SUPPORTED_LANGUAGES]
    assert names[:1] == ["English"] and {"Français", "Español"} <= set(names)
    assert combo.currentText() == "Français"
    assert language_name("es") == "Español"


def test_file_names_are_made_safe() -> None:
    assert safe_file_name('Coop: "A/B" <C>? 2026-01-01') == "Coop A B C 2026-01-01"
    assert safe_file_name("Thiès  et\tenvirons. ") == "Thiès et environs"
    assert safe_file_name("CON") == "sseassess"
    assert safe_file_name("...") == "sseassess"
    assert len(safe_file_name("x" * 500)) <= 120


def test_closing_while_exporting_cancels_first(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, child: FindChild
) -> None:
    states: list[bool] = []

    def close() -> None:
        dialog.reject()
        states.append(dialog.isVisible())

    dialog = _dialog(qtbot, workspace, settings, FakeExporter(during=close))
    dialog.show()
    qtbot.waitExposed(dialog)
    _click(qtbot, child(dialog, QPushButton, "export"))
    assert states == [True]  # still open while the export stops
    assert not dialog.isVisible()


def test_the_real_exporter_writes_the_pdf_files(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, tmp_path: Path, child: FindChild
) -> None:
    """Without an exporter given, the dialog uses ``sseassess.app.export``."""
    dialog = ExportDialog(
        workspace, create_demo(workspace), "en", TaskRunner(run_now=True), settings
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.exported) as exported:
        _click(qtbot, child(dialog, QPushButton, "export"))
    folder = tmp_path / "out"
    assert exported.args == [[folder / CERTIFICATE, folder / REPORT]]
    for path in exported.args[0]:
        assert path.read_bytes().startswith(b"%PDF")
