"""Translations: complete catalogs, placeholders kept, French output where the user sees it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sseassess.i18n import (
    LOCALE_DIR,
    SUPPORTED_LANGUAGES,
    babel_locale,
    best_match,
    format_date,
    format_percent,
    format_score,
    is_right_to_left,
    language_code,
    language_name,
    normalize,
    qt_base_catalog,
    translation,
)

TRANSLATIONS = Path(__file__).parents[2] / "translations"
sys.path.insert(0, str(TRANSLATIONS.parent / "packaging"))
import translation_checks  # type: ignore[import-not-found]  # noqa: E402

SHIPPED = translation_checks.shipped_languages()
TRANSLATED = [language for language in SHIPPED if language != "en"]


def test_the_shipped_languages_are_those_with_catalogs() -> None:
    """Adding a language is adding its catalogs: the build compiles every one, and the
    application offers exactly those (no list to edit in the code)."""
    assert tuple(SHIPPED) == SUPPORTED_LANGUAGES
    assert len(TRANSLATED) >= 2


@pytest.mark.parametrize("language", TRANSLATED)
def test_gettext_catalog_is_complete_and_keeps_placeholders(language: str) -> None:
    """Every message is translated, none fuzzy, every {placeholder} survives, every plural
    form is there (Arabic has six)."""
    assert translation_checks.check_po(language) == []


@pytest.mark.parametrize("language", SHIPPED)
def test_qt_catalog_has_no_unfinished_message(language: str) -> None:
    """No unfinished or empty message, placeholders kept, as many plural forms as Qt uses
    for the language, no text copied from another language's catalog."""
    assert translation_checks.check_ts(language) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_framework_speaks_every_shipped_language(language: str) -> None:
    assert translation_checks.check_framework(language) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogs_are_compiled_by_the_build(language: str) -> None:
    """The set-up scripts and the wheel build compile .mo and .qm files."""
    assert (LOCALE_DIR / language / "LC_MESSAGES" / "sseassess.mo").stat().st_size > 1000
    assert (LOCALE_DIR / f"sseassess_{language}.qm").stat().st_size > 100


def _write_ts(root: Path, language: str, declared: str, forms: int) -> None:
    (root / "translations").mkdir(exist_ok=True)
    numerus = "".join("<numerusform>%n x</numerusform>" for _ in range(forms))
    (root / "translations" / f"sseassess_{language}.ts").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="{declared}">'
        "<context><name>Page</name>"
        '<message numerus="yes"><source>%n participant(s)</source>'
        f"<translation>{numerus}</translation></message>"
        "<message><source>Choose the organization you assess</source>"
        "<translation>Choisissez l’organisation que vous évaluez</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )


def test_a_missing_plural_form_or_a_copied_catalog_is_detected(tmp_path: Path) -> None:
    """Arabic needs six plural forms: a catalog with two (copied from French, its language
    attribute changed or not) does not pass."""
    _write_ts(tmp_path, "fr", "fr", 2)
    (tmp_path / "translations" / "fr.po").touch()
    assert translation_checks.check_ts("fr", tmp_path) == []
    _write_ts(tmp_path, "ar", "fr", 2)
    problems = translation_checks.check_ts("ar", tmp_path)
    assert any("language='fr'" in problem for problem in problems), problems
    assert any("2 of 6 plural forms" in problem for problem in problems), problems
    (tmp_path / "translations" / "ar.po").touch()
    assert any(
        "copied from fr" in problem for problem in translation_checks.check_ts("ar", tmp_path)
    )


def test_qt_standard_buttons_speak_every_shipped_language() -> None:
    """Qt's own texts (Yes, No, Cancel) come from its catalogs: for each shipped language
    that Qt translates, the best catalog is found and says Yes in that language."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in TRANSLATED:
        catalog = qt_base_catalog(language, folder)
        assert catalog is not None, f"Qt has no catalog close to {language}"
        translator = QTranslator()
        assert translator.load(str(catalog))
        assert translator.translate("QPlatformTheme", "&Yes") not in ("", "&Yes"), language
    # Where PySide6 ships only a regional catalog, the language still gets it.
    assert qt_base_catalog("pt", folder) == folder / "qtbase_pt_BR.qm"
    assert qt_base_catalog("pt_PT", folder) == folder / "qtbase_pt_BR.qm"
    assert qt_base_catalog("zh", folder) == folder / "qtbase_zh_CN.qm"
    assert qt_base_catalog("zh_HK", folder) == folder / "qtbase_zh_TW.qm"
    assert qt_base_catalog("ar", folder) == folder / "qtbase_ar.qm"
    assert qt_base_catalog("ko_KR", folder) == folder / "qtbase_ko.qm"


def test_region_variants_can_coexist() -> None:
    """pt_BR beside pt_PT, zh_CN beside zh_TW: codes accepted everywhere, and a reader of
    pt_PT gets pt_PT, then pt, then English."""
    assert language_code("pt-br.UTF-8") == "pt_BR"
    assert language_code("zh_Hans_CN") == "zh_CN" and language_code("zh-Hant") == "zh_TW"
    assert language_code("C") is None and language_code("") is None
    assert best_match("pt_PT", ["en", "pt", "pt_PT"]) == "pt_PT"
    assert best_match("pt_PT", ["en", "pt"]) == "pt"
    assert best_match("pt", ["en", "pt_BR", "pt_PT"]) == "pt_BR"
    assert best_match("zh_TW", ["en", "zh_CN", "zh_TW"]) == "zh_TW"
    assert best_match("de", ["en", "fr"]) is None
    assert normalize("fr_CA.UTF-8") == "fr" and normalize("xx") is None
    assert translation("fr_CA").gettext("Country") == translation("fr").gettext("Country")


@pytest.mark.parametrize("language", ["ar", "pt_BR", "pt_PT", "zh_CN", "zh_TW", "ko", "he"])
def test_new_languages_are_ready_for_formats_and_direction(language: str) -> None:
    """Dates, numbers, percentages and language names of the coming languages; Arabic and
    Hebrew are right to left."""
    from datetime import date

    assert format_date(date(2026, 10, 15), language)
    assert format_score(55.94, language) in ("55.9", "55,9")
    assert format_percent(0.8, language).replace("\u00a0", "").startswith(("80", "٪80"))
    assert language_name(language) != language
    assert is_right_to_left(language) == (language in ("ar", "he"))
    assert babel_locale("eo") == "eo" and babel_locale("qq") == "en"


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
