"""``sseassess assessment new``."""

from __future__ import annotations

import json
from collections.abc import Callable

Run = Callable[..., tuple[int, str, str]]


def test_organization_and_assessment_ids_are_printed_alone(
    cli: Run,
) -> None:
    """Scripts can capture the new ids from standard output."""
    code, out, _err = cli(
        "organization",
        "add",
        "Coop Andina",
        "--legal-form",
        "cooperative",
        "--country",
        "co",
    )
    assert code == 0
    organization = out.strip()
    assert len(organization) == 36 and "\n" not in organization
    code, out, _err = cli("assessment", "new", "Coop Andina")
    assert code == 0
    assessment = out.strip()
    assert len(assessment) == 36
    code, out, _err = cli("list", "--json")
    listed = json.loads(out)["organizations"]
    assert listed[0]["id"] == organization and listed[0]["name"] == "Coop Andina"
    assert listed[0]["assessments"][0]["id"] == assessment
    assert listed[0]["assessments"][0]["status"] == "in_progress"
