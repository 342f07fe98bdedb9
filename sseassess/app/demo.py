"""The demo organization and its assessment, read from ``resources/demo``."""

from __future__ import annotations

import tomllib
from datetime import date
from typing import Any

from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile
from sseassess.resource_files import resource_path

DEMO_FILE = "demo-organization.toml"


def demo_data() -> dict[str, Any]:
    path = resource_path("demo", DEMO_FILE)
    return tomllib.loads(path.read_text(encoding="utf-8"))


def create_demo(workspace: Workspace) -> str:
    """Create the demo organization with a complete assessment; the assessment's UUID."""
    data = demo_data()
    organization = data["organization"]
    uuid = workspace.add_organization(
        OrganizationProfile(**{key: organization.get(key) for key in organization})
    )
    assessed_on = data["assessment"]["assessed_on"]
    if not isinstance(assessed_on, date):
        assessed_on = date.fromisoformat(str(assessed_on))
    assessment = workspace.start_assessment(uuid, "self", assessed_on)
    workspace.save_answers(
        assessment,
        (
            Answer(
                indicator_id=item["indicator"],
                level=item.get("level"),
                not_applicable=bool(item.get("not_applicable", False)),
                reason=item.get("reason", ""),
                note=item.get("note", ""),
            )
            for item in data["answers"]
        ),
    )
    return assessment
