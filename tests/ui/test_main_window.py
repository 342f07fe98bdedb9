"""The main window: pages, navigation, and coming back to where the user was."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from sseassess import APP_NAME
from sseassess.app.demo import create_demo
from sseassess.app.workspace import Workspace
from sseassess.ui.main_window import MainWindow
from sseassess.ui.pages.assessment_page import AssessmentPage
from sseassess.ui.pages.home_page import HomePage
from sseassess.ui.settings import SESSION_ASSESSMENT
from sseassess.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tests.ui.conftest import FindChild


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _window(qtbot: QtBot, workspace: Workspace, settings: QSettings) -> MainWindow:
    window = MainWindow(settings, workspace, "en", TaskRunner(run_now=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_navigates_between_home_wizard_results_and_plan(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    demo = create_demo(workspace)
    window = _window(qtbot, workspace, _settings(tmp_path))
    assert window.current_page() is window.home
    window.home.assessment_opened.emit(demo)
    assert window.current_page() is window.assessment
    assert window.assessment.assessment_uuid == demo
    window.assessment.results_requested.emit(demo)
    assert window.current_page() is window.results
    assert window.results.overall_text().startswith("55.9")
    window.results.action_plan_requested.emit(demo)
    assert window.current_page() is window.action_plan
    window.action_plan.home_requested.emit()
    assert window.current_page() is window.home


def test_reopens_the_assessment_the_user_left(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    """Quit in the middle of an assessment; the next start goes straight back to it."""
    demo = create_demo(workspace)
    settings = _settings(tmp_path)
    window = _window(qtbot, workspace, settings)
    window.open_assessment(demo)
    window.close()
    again = _window(qtbot, workspace, _settings(tmp_path))
    assert again.current_page() is again.assessment
    assert again.assessment.assessment_uuid == demo


def test_window_size_is_remembered(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    window = _window(qtbot, workspace, _settings(tmp_path))
    window.resize(780, 540)
    window.close()
    again = MainWindow(_settings(tmp_path), workspace)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (780, 540)


def _run_until(database_url: str, done: Callable[[MainWindow], bool]) -> MainWindow:
    """``application.run`` until ``done(window)`` holds (checked every few milliseconds),
    or fails after ten seconds."""
    from sseassess.ui import application

    shown: list[MainWindow] = []
    deadline = time.monotonic() + 10

    def check() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if windows and done(windows[0]):
            shown.append(windows[0])
            QApplication.exit(0)
        elif time.monotonic() > deadline:
            QApplication.exit(3)
        else:
            QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)
    assert application.run(database_url, "en") == 0
    shown[0].close()
    return shown[0]


def test_run_lists_the_organizations_then_opens_the_database(
    qtbot: QtBot, database_url: str, monkeypatch: pytest.MonkeyPatch, child: FindChild
) -> None:
    """The window appears, lists the organizations before the database layer is even
    loaded (actions disabled), then opens the database and enables them."""
    seed = Workspace.open(database_url)
    create_demo(seed)
    seed.close()
    before_open: list[tuple[int, bool]] = []
    set_workspace = MainWindow.set_workspace

    def recording(window: MainWindow, workspace: Workspace) -> None:
        home = window.findChild(HomePage)
        before_open.append(
            (home.model.rowCount(), child(home, QPushButton, "continue").isEnabled())
            if home
            else (0, False)
        )
        set_workspace(window, workspace)

    monkeypatch.setattr(MainWindow, "set_workspace", recording)

    window = _run_until(
        database_url,
        lambda w: (
            w.findChild(HomePage) is not None and child(w.home, QPushButton, "continue").isEnabled()
        ),
    )

    assert before_open == [(1, False)]  # listed, not yet open
    assert window.home.model.rowCount() == 1
    assert window.current_page() is window.home


def test_run_reopens_the_assessment_the_user_left(qtbot: QtBot, database_url: str) -> None:
    seed = Workspace.open(database_url)
    demo = create_demo(seed)
    seed.close()
    settings = QSettings(APP_NAME, APP_NAME)  # what ``run`` reads
    SESSION_ASSESSMENT.set(settings, demo)
    settings.sync()
    try:
        window = _run_until(database_url, lambda w: w.findChild(AssessmentPage) is not None)
    finally:
        SESSION_ASSESSMENT.remove(settings)
    assert window.current_page() is window.assessment
    assert window.assessment.assessment_uuid == demo


def test_workshop_view_from_home(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    from sseassess.domain.records import OrganizationProfile

    organization = workspace.add_organization(OrganizationProfile(name="Workshop Coop"))
    uuid = workspace.start_assessment(organization, "workshop")
    window = _window(qtbot, workspace, _settings(tmp_path))
    window.home.workshop_requested.emit(uuid)
    assert window.current_page() is window.divergence
    window.divergence.home_requested.emit()
    assert window.current_page() is window.home


def test_workshop_menu_opens_every_step_of_the_trainer_and_the_participant(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Workshop menu opens each dialog, starting from the workshop the user is on, and
    writes the workshop file for the laptops."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from sseassess.domain.records import OrganizationProfile
    from sseassess.exchange.bundle import SUFFIX
    from sseassess.ui.dialogs.collect_dialog import CollectDialog
    from sseassess.ui.dialogs.join_dialog import JoinDialog
    from sseassess.ui.dialogs.paper_answers_dialog import PaperAnswersDialog
    from sseassess.ui.dialogs.participant_answers_dialog import ParticipantAnswersDialog
    from sseassess.ui.dialogs.received_files_dialog import ReceivedFilesDialog
    from sseassess.ui.dialogs.send_answers_dialog import SendAnswersDialog

    organization = workspace.add_organization(OrganizationProfile(name="Workshop Coop"))
    uuid = workspace.start_assessment(organization, "workshop")
    window = _window(qtbot, workspace, _settings(tmp_path))
    window.show_workshop(uuid)
    assert window.current_assessment() == uuid
    opened: list[str] = []
    dialogs = (
        CollectDialog,
        PaperAnswersDialog,
        ReceivedFilesDialog,
        ParticipantAnswersDialog,
        JoinDialog,
        SendAnswersDialog,
    )
    for dialog in dialogs:
        monkeypatch.setattr(dialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    target = tmp_path / f"laptops{SUFFIX}"
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda _p, _t, _l, items, *a: (items[0], True))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    menu = next(a.menu() for a in window.menuBar().actions() if "Workshop" in a.text())
    assert menu is not None
    actions = [action for action in menu.actions() if not action.isSeparator()]
    assert all(action.isEnabled() for action in actions)
    for action in actions[:7]:
        action.trigger()
    assert opened == [dialog.__name__ for dialog in dialogs]
    assert target.exists() and b'"role": "workshop"' in target.read_bytes()


def test_file_menu_opens_verify_and_issuer(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File › Verify a PDF… and File › Issuer (secretariat)… open their dialogs."""
    from sseassess.ui.dialogs.issuer_dialog import IssuerDialog
    from sseassess.ui.dialogs.verify_dialog import VerifyDialog

    window = _window(qtbot, workspace, _settings(tmp_path))
    opened: list[str] = []
    for dialog in (VerifyDialog, IssuerDialog):
        monkeypatch.setattr(dialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    menu = next(a.menu() for a in window.menuBar().actions() if "File" in a.text())
    assert menu is not None
    actions = {action.text().replace("&", ""): action for action in menu.actions()}
    for text in ("Verify a PDF…", "Issuer (secretariat)…"):
        assert actions[text].isEnabled()
        actions[text].trigger()
    assert opened == ["VerifyDialog", "IssuerDialog"]


def test_workshop_menu_exports_answers_and_paper_forms(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the GUI, a trainer saves the answers (XLSX) and the paper questionnaire."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    demo = create_demo(workspace)
    window = _window(qtbot, workspace, _settings(tmp_path))
    window.show_results(demo)
    targets = iter([tmp_path / "answers.xlsx", tmp_path / "forms.pdf"])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(next(targets)), ""))
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    window.export_answers()
    window.save_paper_forms()
    assert (tmp_path / "answers.xlsx").stat().st_size > 1000
    assert (tmp_path / "forms.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "forms-template.xlsx").exists()


def test_export_into_a_missing_folder_says_so(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    demo = create_demo(workspace)
    window = _window(qtbot, workspace, _settings(tmp_path))
    window.show_results(demo)
    missing = tmp_path / "no-such-folder" / "answers.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(missing), ""))
    )
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    window.export_answers()
    assert warnings and "no-such-folder" in warnings[0]
    assert not missing.parent.exists()


def test_problems_in_the_gui_are_shown_not_lost(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A locked database gets its message; a bug gets a dialog naming the crash log."""
    import sys

    from PySide6.QtWidgets import QMessageBox

    from sseassess.storage.errors import StorageError
    from sseassess.ui.application import install_excepthook

    window = _window(qtbot, workspace, _settings(tmp_path))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(("w", text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(("c", text)))
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    previous = install_excepthook(window)
    try:
        locked = StorageError(
            "The database is in use by another program; close it ({where}).", where="x.db"
        )
        sys.excepthook(StorageError, locked, None)
        bug = ZeroDivisionError("boom")
        sys.excepthook(ZeroDivisionError, bug, None)
    finally:
        sys.excepthook = previous  # type: ignore[assignment]
    assert shown[0] == ("w", "The database is in use by another program; close it (x.db).")
    kind, text = shown[1]
    assert kind == "c" and "crash.log" in text
    log = Path(text.rsplit("\n", 1)[-1])
    assert "ZeroDivisionError: boom" in log.read_text(encoding="utf-8")


def test_language_switch_while_the_database_opens_keeps_the_list(
    qtbot: QtBot, workspace: Workspace, database_url: str, tmp_path: Path, child: FindChild
) -> None:
    from sseassess.app.startup import read_listing

    create_demo(workspace)
    listing = read_listing(database_url)
    assert listing is not None
    window = MainWindow(_settings(tmp_path), None, "en", TaskRunner(run_now=True))
    qtbot.addWidget(window)
    window.show()
    window.show_listing(listing)
    listed = window.home
    window.set_language("fr")
    assert window.home is not listed  # built again in the new language
    assert window.home.model.rowCount() == 1
    assert window.current_page() is window.home
    assert not child(window.home, QPushButton, "continue").isEnabled()
    window.set_workspace(workspace)
    assert child(window.home, QPushButton, "continue").isEnabled()
    assert window.home.model.rowCount() == 1


def test_about_names_the_version_and_where_the_data_is(
    qtbot: QtBot,
    workspace: Workspace,
    tmp_path: Path,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A user who changes computers must find their data: the About box names the
    database file and opens its folder."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    from sseassess import __version__

    window = MainWindow(
        _settings(tmp_path), workspace, "en", TaskRunner(run_now=True), database_url=database_url
    )
    qtbot.addWidget(window)
    shown: list[str] = []
    opened: list[str] = []

    def click_open_folder(box: QMessageBox) -> int:
        shown.append(f"{box.text()}\n{box.informativeText()}")
        button = box.findChild(QPushButton, "open_folder")
        assert button is not None
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_open_folder)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window._about()
    database = database_url.removeprefix("sqlite:///")
    assert __version__ in shown[0] and database in shown[0]
    assert opened == [str(Path(database).parent)]


def test_files_opened_from_a_file_manager_wait_in_the_collect_dialog(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sseassess.ui.dialogs.collect_dialog import CollectDialog

    window = _window(qtbot, workspace, _settings(tmp_path))
    files = [tmp_path / "ana.sseassess", tmp_path / "jean.sseassess"]
    listed: list[list[Path]] = []
    monkeypatch.setattr(CollectDialog, "exec", lambda self: listed.append(self.files()) or 0)
    window.collect_answers(files)
    assert listed == [files]


def test_the_window_carries_the_program_icon(qtbot: QtBot) -> None:
    from sseassess.ui.application import application_icon

    icon = application_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} >= {16, 32, 48, 256}
