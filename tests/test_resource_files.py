"""The shipped data files are found installed, frozen or from a plain checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from sseassess import resource_files

ROOT = Path(__file__).resolve().parent.parent


def test_the_data_files_are_found() -> None:
    assert resource_files.resource_path("frameworks", "icsse-charter.toml").is_file()
    assert resource_files.resource_path("demo", "demo-organization.toml").is_file()
    assert resource_files.resource_path("fonts", "DejaVuSans.ttf").is_file()


def test_a_plain_checkout_uses_its_resources_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no ``sseassess.resources`` package (nothing installed), the checkout's folder."""
    monkeypatch.setattr(resource_files, "PACKAGE", "sseassess.no_such_package")
    resource_files.resources_folder.cache_clear()
    try:
        assert resource_files.resources_folder() == ROOT / "resources"
        assert resource_files.resource_path("fonts").is_dir()
    finally:
        resource_files.resources_folder.cache_clear()
