"""The entry points (``--version``, ``python -m sseassess``) and what ``--help`` lists."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

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


#: Every command ``sseassess --help`` lists, in its order.
COMMANDS = [
    "framework",
    "organization",
    "assessment",
    "demo",
    "list",
    "score",
    "answers",
    "export",
    "verify",
    "forms",
    "export-data",
    "bundle",
    "issuer",
    "issue",
    "participants",
    "imports",
    "db",
    "gui",
]
#: The actions of each group of commands.
ACTIONS = {
    "framework": ["validate", "show"],
    "organization": ["add"],
    "assessment": ["new"],
    "answers": ["import"],
    "issuer": ["create", "list", "revoke", "registry"],
    "bundle": ["export", "import", "workshop", "join"],
    "participants": ["list", "merge"],
    "imports": ["list", "undo"],
    "db": ["check", "backup", "restore"],
}


def _help(capsys: pytest.CaptureFixture[str], *words: str) -> list[str]:
    """The sub-commands ``sseassess WORDS --help`` lists, in order."""
    with pytest.raises(SystemExit) as exited:
        main([*words, "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    listing = text.split("COMMAND\n" if not words else "ACTION\n", 1)[1]
    return re.findall(r"^    (\S+)", listing, flags=re.MULTILINE)


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert _help(capsys) == COMMANDS


@pytest.mark.parametrize("group", ACTIONS)
def test_help_of_a_group_lists_its_actions(capsys: pytest.CaptureFixture[str], group: str) -> None:
    assert _help(capsys, group) == ACTIONS[group]


def test_a_bundle_file_given_alone_opens_the_application_to_import_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File managers, the Windows association and macOS run ``sseassess FILE``."""
    import sseassess.ui.application as application

    bundle = tmp_path / "Ana.sseassess"
    bundle.write_text("{}", encoding="utf-8")
    calls: list[tuple[object, ...]] = []
    monkeypatch.setattr(
        application,
        "run",
        lambda db, lang, open_files=(): calls.append((db, lang, open_files)) or 0,
    )
    assert main(["--lang", "fr", str(bundle)]) == 0
    assert calls == [(None, "fr", [bundle])]
    with pytest.raises(SystemExit):  # a missing file is not opened, argparse says why
        main([str(tmp_path / "missing.sseassess")])
