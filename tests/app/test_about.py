"""The About facts: version, data folder, database file (never a password)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sseassess import APP_ID, __version__
from sseassess.app.about import DESCRIPTION, SUMMARY, about


def test_the_default_database_is_in_the_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SSEASSESS_DATABASE_URL")
    info = about()
    assert (info.version, info.app_id) == (__version__, APP_ID)
    assert info.data_folder == tmp_path / "data" / "sseassess"  # XDG_DATA_HOME, conftest
    assert info.database_file == info.data_folder / "sseassess.db"
    assert info.database == str(info.database_file)
    assert info.folder_to_open == info.data_folder


def test_a_named_sqlite_file_is_shown_with_its_folder(tmp_path: Path) -> None:
    info = about(f"sqlite:///{tmp_path / 'elsewhere' / 'coop.db'}")
    assert info.database_file == tmp_path / "elsewhere" / "coop.db"
    assert info.folder_to_open == tmp_path / "elsewhere"


def test_a_server_database_is_shown_without_its_password() -> None:
    info = about("postgresql+psycopg://maria:s3cret@db.example.org/sse")
    assert info.database == "postgresql+psycopg://maria:***@db.example.org/sse"
    assert info.database_file is None
    assert info.folder_to_open == info.data_folder


def test_the_desktop_texts_are_translated() -> None:
    from sseassess.i18n import translation

    french = translation("fr").gettext
    for text in (SUMMARY, *DESCRIPTION):
        assert french(text) != text
