"""The database a command opens: ``--db`` relative, or mistyped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., tuple[int, str, str]]


def test_relative_database_path_works_twice(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--db sqlite:///t.db`` (relative to the current folder) opens, and opens again."""
    monkeypatch.chdir(tmp_path)
    assert cli("organization", "add", "Here", "--db", "sqlite:///t.db")[0] == 0
    code, _out, err = cli("list", "--db", "sqlite:///t.db")
    assert code == 0, err
    assert (tmp_path / "t.db").exists()


def test_a_mistyped_database_path_is_not_taken_for_an_empty_one(cli: Run, tmp_path: Path) -> None:
    """``--db`` naming a file that does not exist: reading commands say so, create nothing."""
    missing = tmp_path / "typo.db"
    code, out, err = cli("list", "--db", f"sqlite:///{missing}")
    assert code == 2 and out == ""
    assert err.strip() == f"sseassess: There is no sseassess database at {missing}."
    assert not missing.exists()
