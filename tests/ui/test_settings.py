"""The settings the application keeps: typed, with defaults, each key declared once."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from sseassess.ui import settings as declared
from sseassess.ui.settings import (
    EXPORT_FOLDER,
    LANGUAGE,
    SHOW_NAMES,
    TRUSTED_ISSUERS,
    WINDOW_GEOMETRY,
    documents_folder,
)

UI = Path(declared.__file__).parent


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_values_come_back_with_their_type_or_the_default(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert (LANGUAGE.get(settings), SHOW_NAMES.get(settings)) == ("", False)
    assert WINDOW_GEOMETRY.get(settings) is None
    LANGUAGE.set(settings, "fr")
    SHOW_NAMES.set(settings, True)
    WINDOW_GEOMETRY.set(settings, QByteArray(b"\x01\x02"))
    settings.sync()
    again = _settings(tmp_path)
    assert (LANGUAGE.get(again), SHOW_NAMES.get(again)) == ("fr", True)
    assert WINDOW_GEOMETRY.get(again) == QByteArray(b"\x01\x02")
    LANGUAGE.remove(again)
    assert LANGUAGE.get(again) == ""


def test_a_folder_that_is_gone_gives_the_documents_folder(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert EXPORT_FOLDER.folder(settings) == documents_folder()
    EXPORT_FOLDER.set_folder(settings, tmp_path)
    assert EXPORT_FOLDER.folder(settings) == tmp_path
    EXPORT_FOLDER.set_folder(settings, tmp_path / "gone")
    assert EXPORT_FOLDER.get(settings) == str(tmp_path / "gone")
    assert EXPORT_FOLDER.folder(settings) == documents_folder()


def test_a_list_of_files_comes_back_as_it_was_stored(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert TRUSTED_ISSUERS.get(settings) == []
    files = [tmp_path / "a issuer.pem", tmp_path / "b.pem"]
    TRUSTED_ISSUERS.set(settings, files)
    settings.sync()
    assert TRUSTED_ISSUERS.get(_settings(tmp_path)) == files
    TRUSTED_ISSUERS.set(settings, [])
    assert TRUSTED_ISSUERS.get(settings) == []


def test_keys_are_declared_once() -> None:
    keys = [value.key for value in vars(declared).values() if isinstance(value, declared.Setting)]
    assert len(keys) == len(set(keys)) > 0


def test_no_view_types_a_settings_key() -> None:
    """Outside ``ui/settings.py`` no module reads, writes or removes a key given as text."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "settings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("value", "setValue", "remove", "contains")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert not offenders
