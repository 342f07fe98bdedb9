"""``sseassess demo``."""

from __future__ import annotations

import json
from collections.abc import Callable

Run = Callable[..., tuple[int, str, str]]


def test_demo_if_empty_creates_only_once(cli: Run) -> None:
    assert cli("demo", "--if-empty")[1].strip()
    assert cli("demo", "--if-empty")[1] == ""
    _code, out, _err = cli("list", "--json")
    assert len(json.loads(out)["organizations"]) == 1
