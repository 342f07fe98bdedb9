"""Translations: complete catalogs, placeholders kept, French output where the user sees it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from pytestqt.qtbot import QtBot

from sseassess.i18n import LOCALE_DIR

TRANSLATIONS = Path(__file__).parents[2] / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("language", ["fr", "es"])
def test_gettext_catalog_is_complete_and_keeps_placeholders(language: str) -> None:
    """Every message is translated, none fuzzy, and every {placeholder} survives."""
    with (TRANSLATIONS / f"{language}.po").open("rb") as handle:
        catalog = read_po(handle)
    with (TRANSLATIONS / "sseassess.pot").open("rb") as handle:
        template_ids = {message.id for message in read_po(handle) if message.id}
    ids = set()
    for message in catalog:
        if not message.id:
            continue
        ids.add(message.id)
        assert not message.fuzzy, message.id
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"untranslated: {message.id!r}"
        for string in strings:
            assert _placeholders(string) == _placeholders(sources[-1]), message.id
    assert template_ids <= ids, f"missing from {language}.po: {template_ids - ids}"


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_qt_catalog_has_no_unfinished_message(language: str) -> None:
    tree = ET.parse(TRANSLATIONS / f"sseassess_{language}.ts")
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (
            message.findtext("source")
        )
        source = message.findtext("source") or ""
        forms = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            assert form.strip(), source
            assert _placeholders(form) == _placeholders(source), source


def test_catalogs_are_compiled_by_the_build() -> None:
    """The set-up scripts and the wheel build compile .mo and .qm files."""
    for language in ("fr", "es"):
        assert (LOCALE_DIR / language / "LC_MESSAGES" / "sseassess.mo").stat().st_size > 1000
        assert (LOCALE_DIR / f"sseassess_{language}.qm").stat().st_size > 100


def test_cli_speaks_french_with_french_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    """``--lang fr`` translates the messages and writes 55,9 rather than 55.9."""
    from sseassess.cli import main
    from sseassess.i18n import translation

    assert main(["demo"]) == 0
    assessment = capsys.readouterr().out.strip()
    assert main(["score", assessment, "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    french = translation("fr").gettext("Overall score: {score} / 100 ({band})")
    assert french != "Overall score: {score} / 100 ({band})"
    assert out.startswith(french.split("{", 1)[0])
    assert re.search(r"\d+,\d", out)
    assert "Overall score" not in out and "No certificate yet" not in out


def test_cli_errors_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    from sseassess.cli import main

    assert main(["organization", "add", "Cooperativa"]) == 0
    assert main(["score", "no-such-assessment", "--lang", "es"]) == 2
    err = capsys.readouterr().err
    assert "No assessment" not in err and "no-such-assessment" in err


def test_main_window_in_french(qtbot: QtBot, tmp_path: Path) -> None:
    """With French chosen, the window's own text and Qt's standard texts are French."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sseassess.ui.application import install_translators
    from sseassess.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "fr")
    try:
        assert len(translators) == 2, "Qt base and sseassess catalogs both load"
        window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        assert window.windowTitle() != "sseassess — SSE charter self-assessment"
        with qtbot.waitSignal(window.first_painted):  # the menus come right after it
            window.show()
        assert window.menuBar().actions()[0].text() == "&Fichier"
        window.close()
        window.deleteLater()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_pseudo_locale_makes_every_text_longer_and_keeps_placeholders(tmp_path: Path) -> None:
    """The developers' pseudo-locale: accented, longer, placeholders and shortcuts intact."""
    import sys

    sys.path.insert(0, str(TRANSLATIONS.parent / "packaging"))
    from build_translations import compile_pseudo, pseudo  # type: ignore[import-not-found]

    text = pseudo("Remove %1 from the &plan? {count} left")
    assert text.startswith("⟦") and text.endswith("⟧") and len(text) > 45
    assert "%1" in text and "&p" in text and "{count}" in text
    assert "Rémõvé" in text
    (tmp_path / "i18n" / "locale").mkdir(parents=True)
    qm = compile_pseudo(tmp_path)
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&File").startswith("⟦&Fîlé")
