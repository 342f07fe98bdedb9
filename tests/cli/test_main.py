"""The entry points: ``sseassess --version``, ``python -m sseassess``."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sseassess import __version__
from sseassess.cli import main


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    """``sseassess --version`` names the installed version and exits 0."""
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"sseassess {__version__}"


def test_module_entry_point_runs() -> None:
    """``python -m sseassess`` is the same program."""
    completed = subprocess.run(
        [sys.executable, "-m", "sseassess", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0
    assert completed.stdout.strip() == f"sseassess {__version__}"
