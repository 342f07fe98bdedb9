"""``sseassess organization add``."""

from __future__ import annotations

import json
from collections.abc import Callable

Run = Callable[..., tuple[int, str, str]]


def test_bad_organization_input_exits_2_without_traceback(
    cli: Run,
) -> None:
    code, out, err = cli(
        "organization", "add", "X", "--legal-form", "corporation", "--country", "France"
    )
    assert code == 2 and out == ""
    assert "--legal-form: Unknown legal form 'corporation'" in err
    assert "--country:" in err
    assert "Traceback" not in err
    code, out, _err = cli("list", "--json")
    assert json.loads(out)["organizations"] == []
