"""Commands declared once, each in its module; the database a command opens."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

import pytest

import sseassess.cli
from sseassess.cli import all_commands, main
from sseassess.cli.command import Command

Run = Callable[..., tuple[int, str, str]]


def _command_modules() -> dict[str, object]:
    return {
        info.name: importlib.import_module(f"sseassess.cli.{info.name}")
        for info in pkgutil.iter_modules(sseassess.cli.__path__)
    }


def test_each_module_lists_every_command_it_declares_once() -> None:
    """A module's ``COMMANDS`` holds each command it declares, once; ``all_commands()`` takes
    every module's, so no command is forgotten or registered twice."""
    listed: list[Command] = []
    for name, module in _command_modules().items():
        declared = [value for value in vars(module).values() if isinstance(value, Command)]
        own = list(getattr(module, "COMMANDS", ()))
        assert sorted(map(id, own)) == sorted(map(id, declared)), name
        assert len(set(map(id, own))) == len(own), name
        listed += own
    assert sorted(map(id, all_commands())) == sorted(map(id, listed))
    words = [command.words for command in all_commands()]
    assert len(set(words)) == len(words)
    groups = {command.group for command in all_commands() if command.group is not None}
    assert len({group.name for group in groups}) == len(groups), "one Group per word"


@pytest.mark.parametrize("words", [command.words for command in all_commands()], ids=" ".join)
def test_each_command_has_its_own_help(
    words: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    """``sseassess WORDS --help`` parses, with the command's own usage and options."""
    with pytest.raises(SystemExit) as exited:
        main([*words, "--help"])
    assert exited.value.code == 0
    help_text = capsys.readouterr().out
    assert help_text.startswith(f"usage: sseassess {' '.join(words)} [-h] [--db URL] [--lang L]")


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


@pytest.mark.parametrize(
    ("arguments", "creates"),
    [
        (["organization", "add", "New"], True),
        (["demo"], True),
        (["bundle", "import", "missing.sseassess"], True),
        (["list"], False),
        (["score", "A"], False),
        (["assessment", "new", "O"], False),
        (["answers", "import", "A", "answers.csv"], False),
        (["export", "A", "--report", "r.pdf"], False),
        (["forms", "A", "--csv", "f.csv"], False),
        (["export-data", "A", "--csv", "d.csv"], False),
        (["bundle", "export", "A", "-o", "b.sseassess"], False),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else str(value),
)
def test_only_adding_commands_start_a_database_that_was_named(
    cli: Run, tmp_path: Path, arguments: list[str], creates: bool
) -> None:
    """A named database that does not exist is created by ``organization add``, ``demo``
    and ``bundle import``; any other command says it is not there and creates nothing."""
    missing = tmp_path / "new.db"
    _code, _out, err = cli(*arguments, "--db", f"sqlite:///{missing}")
    assert missing.exists() == creates
    assert ("There is no sseassess database" in err) != creates
