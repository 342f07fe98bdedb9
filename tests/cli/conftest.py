"""The ``cli`` fixture: run ``sseassess`` in the test's process, with its exit code and output."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sseassess.cli import main


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """``cli("list", "--json")`` -> ``(exit code, stdout, stderr)``."""

    def run(*arguments: str) -> tuple[int, str, str]:
        code = main(list(arguments))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
