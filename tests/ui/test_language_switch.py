"""The interface in every shipped language: switched at once, nothing lost, no English left."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sseassess.app.demo import create_demo
from sseassess.app.frameworks import builtin_framework
from sseassess.app.workspace import Workspace
from sseassess.i18n import SUPPORTED_LANGUAGES, language_name
from sseassess.ui.application import install_translators
from sseassess.ui.main_window import MainWindow
from sseassess.ui.settings import LANGUAGE
from sseassess.ui.tasks import TaskRunner

TRANSLATIONS = Path(__file__).parents[2] / "translations"


def _english_that_should_not_show(language: str) -> set[str]:
    """English source texts whose translation differs (so seeing them means English leaked)."""
    english: set[str] = set()
    for message in ET.parse(TRANSLATIONS / f"sseassess_{language}.ts").iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        if text and text != source and len(source) > 2:
            english.add(source.replace("&", ""))
    return english


def _texts(widget: QWidget) -> Iterator[str]:
    """Every text a user can see in a widget tree: labels, buttons, group titles, headers."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel):
            yield child.text()
        elif isinstance(child, QAbstractButton):
            yield child.text().replace("&", "")
        elif isinstance(child, QGroupBox):
            yield child.title()
        elif isinstance(child, (QTableView, QTreeView)) and child.model() is not None:
            model = child.model()
            for column in range(model.columnCount(QModelIndex())):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


@pytest.fixture
def translated(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = request.param
    translators = install_translators(app, language)
    yield language
    for translator in translators:
        app.removeTranslator(translator)


@pytest.mark.parametrize(
    "translated", [code for code in SUPPORTED_LANGUAGES if code != "en"], indirect=True
)
def test_main_screens_show_no_english(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, translated: str
) -> None:
    demo = create_demo(workspace)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, workspace, translated, TaskRunner(run_now=True))
    qtbot.addWidget(window)
    window.show()
    english = _english_that_should_not_show(translated)
    assert english, "the catalog has translations"
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    screens = {"menus": menus}
    screens["home"] = list(_texts(window.home))
    window.open_assessment(demo)
    screens["wizard"] = list(_texts(window.assessment))
    window.show_results(demo)
    screens["results"] = list(_texts(window.results))
    window.show_action_plan(demo)
    screens["action plan"] = list(_texts(window.action_plan))
    for screen, texts in screens.items():
        leaked = sorted({text for text in texts if text in english})
        assert not leaked, f"English on the {screen} screen in {translated}: {leaked}"
    # Framework content follows the language too.
    name = builtin_framework()[0].characteristics[0].name
    first = name.get(translated)
    assert first != name.get("en") and not first.startswith("[")
    assert any(first in text for text in screens["wizard"])
    window.close()


def test_switching_language_keeps_the_page_and_what_was_typed(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    """Typing a note, then switching to French: same assessment, same page, note kept."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed: list[object] = []

    def switch(language: str) -> None:
        for translator in installed:
            app.removeTranslator(translator)  # type: ignore[arg-type]
        installed[:] = install_translators(app, language)

    demo = create_demo(workspace)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, workspace, "en", TaskRunner(run_now=True), switch)
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_assessment(demo)
        sidebar = window.assessment.findChild(QListWidget, "characteristics")
        assert sidebar is not None
        sidebar.setCurrentRow(2)
        indicator = "democratic-control.one-member-one-vote"
        note = window.assessment.indicator_widget(indicator).findChild(QPlainTextEdit, "note")
        assert note is not None
        note.setPlainText("Typed just before switching")  # still waiting for the save delay
        window.set_language("fr")
        assert window.language == "fr"
        assert window.current_page() is window.assessment
        assert window.assessment.current_characteristic == 2
        assert window.assessment.indicator_widget(indicator).answer.note == (
            "Typed just before switching"
        )
        assert workspace.answers(demo)[indicator].note == "Typed just before switching"
        assert window.menuBar().actions()[0].text() == "&Fichier"
        title = window.assessment.findChild(QLabel, "title")
        assert title is not None and title.text().startswith("3 sur 8")
        assert LANGUAGE.get(settings) == "fr"
    finally:
        for translator in installed:
            app.removeTranslator(translator)  # type: ignore[arg-type]
        window.close()


def test_language_menu_names_each_language_in_itself(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, workspace, "en")
    qtbot.addWidget(window)
    language_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Language")
    assert language_menu is not None
    language_menu.aboutToShow.emit()
    names = [action.text() for action in language_menu.actions()]
    assert names == [language_name(code) for code in SUPPORTED_LANGUAGES]
    assert names[:1] == ["English"] and {"Français", "Español"} <= set(names)
    checked = [a.isChecked() for a in language_menu.actions()]
    assert checked == [code == "en" for code in SUPPORTED_LANGUAGES]
