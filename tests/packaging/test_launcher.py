"""The built app's entry point: the desktop application started offscreen quits by itself
and says what it showed (what the smoke test of a build relies on)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from launcher import EXIT_AFTER, SMOKE_PREFIX, arm_exit

ROOT = Path(__file__).resolve().parent.parent.parent


def test_the_desktop_application_quits_by_itself(database_url: str) -> None:
    from sseassess.app.demo import create_demo
    from sseassess.app.workspace import Workspace

    with Workspace.open(database_url) as workspace:
        create_demo(workspace)
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "launcher.py"), "--db", database_url],
        env={**os.environ, EXIT_AFTER: "1500", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith(SMOKE_PREFIX)]
    shown = json.loads(line.removeprefix(SMOKE_PREFIX))
    assert shown["dialogs"] == [] and len(shown["windows"]) == 1
    assert "&File" in shown["menus"]


def test_the_command_line_is_unchanged(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "launcher.py"), "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    from sseassess import __version__

    assert result.stdout.strip() == f"sseassess {__version__}"


def test_a_wrong_setting_is_refused() -> None:
    with pytest.raises(SystemExit, match="first-paint"):
        arm_exit("soon")
