"""Errors as one line each, never a traceback: bad input exits 2, a bug 1 with a log."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., tuple[int, str, str]]


def test_unknown_assessment_is_one_line(cli: Run) -> None:
    assert cli("organization", "add", "Some Coop")[0] == 0
    code, _out, err = cli("score", "00000000-0000-0000-0000-000000000000")
    assert code == 2
    assert err.strip().splitlines() == [
        "sseassess: No assessment '00000000-0000-0000-0000-000000000000'."
    ]


def test_newer_database_is_refused_by_every_command(cli: Run, tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "future.db"
    assert cli("--db", f"sqlite:///{path}", "organization", "add", "Future")[0] == 0
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.close()
    code, _out, err = cli("list", "--db", f"sqlite:///{path}")
    assert code == 2
    assert "newer version of sseassess" in err
    assert len(err.strip().splitlines()) == 1


def test_a_bug_is_one_line_and_a_log(
    cli: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An unexpected failure prints where its details are, not a traceback; exit 1."""
    from sseassess.app.workspace import Workspace

    def broken(self: Workspace) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(Workspace, "history", broken)
    assert cli("organization", "add", "Buggy")[0] == 0
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    code, _out, err = cli("list")
    assert code == 1
    assert "internal error (ZeroDivisionError)" in err and "Traceback" not in err
    log = Path(err.strip().rsplit(" ", 1)[-1])
    assert "ZeroDivisionError: boom" in log.read_text(encoding="utf-8")


def test_a_native_crash_leaves_its_stack_in_the_crash_log(tmp_path: Path) -> None:
    """A segfault kills the process before Python can log anything; faulthandler, enabled
    by every command, writes the stack to crash.log all the same."""
    script = (
        "import ctypes, sys\n"
        "from sseassess.app.crash import enable_fault_log\n"
        "print(enable_fault_log(), flush=True)\n"
        "ctypes.string_at(0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    log = Path(done.stdout.strip())
    assert log.is_relative_to(tmp_path)
    text = log.read_text(encoding="utf-8")
    assert "Fatal Python error" in text and "string_at" in text
