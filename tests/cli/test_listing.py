"""``sseassess list``: organizations, then their assessments one line each."""

from __future__ import annotations

import re
from collections.abc import Callable

Run = Callable[..., tuple[int, str, str]]


def test_list_says_how_to_begin_on_an_empty_database(cli: Run, workspace: object) -> None:
    code, out, _err = cli("list")
    assert code == 0
    assert out.strip() == (
        'No organization yet: add one with "sseassess organization add NAME" '
        'or try "sseassess demo".'
    )


def test_list_shows_each_assessment_with_its_score(cli: Run) -> None:
    assessment = cli("demo")[1].strip()
    assert cli("organization", "add", "Fresh Coop")[0] == 0
    code, out, _err = cli("list")
    assert code == 0
    demo, line, fresh, nothing = out.splitlines()
    assert re.fullmatch(r"\S.*  \[[0-9a-f-]{36}\]", demo)
    assert re.fullmatch(
        rf"    \S.*  self-assessment  in progress  \d+\.\d  \S.*  \[{assessment}\]", line
    )
    assert fresh.startswith("Fresh Coop  [")
    assert nothing == "    no assessment yet"
