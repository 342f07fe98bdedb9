"""Write ``release-VERSION.db``: a database as the installed release VERSION leaves it.

    python tests/data/databases/make_release_database.py

Run it with the code of a release, once, when that release is made, and commit the file:
``tests/storage/test_release_databases.py`` then opens every such file with the code of
every later version, as an upgrade from that release would. The data touches every
table: the demo organization (finished self-assessment, notes, an N/A with its reason,
evidence, an action plan, a second assessment copied from the first) and a workshop with
participants and a consensus.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent.parent))

from sseassess import __version__  # noqa: E402
from sseassess.app.demo import create_demo  # noqa: E402
from sseassess.app.workspace import Workspace  # noqa: E402
from sseassess.domain.answers import Answer  # noqa: E402
from sseassess.domain.records import ActionItem, OrganizationProfile  # noqa: E402


def make(path: Path) -> None:
    with Workspace.open(f"sqlite:///{path}") as workspace:
        demo = create_demo(workspace)
        framework = workspace.framework_of(workspace.assessment(demo))
        indicators = [indicator.id for indicator in framework.indicators()]
        evidence = HERE / "evidence.txt"
        evidence.write_text("Minutes of the general assembly, 2026.\n", encoding="utf-8")
        try:
            workspace.add_evidence(demo, indicators[0], evidence)
        finally:
            evidence.unlink()
        workspace.save_action(
            demo, ActionItem("Write the surplus rule into the statutes", "Board", date(2027, 3, 1))
        )
        workspace.finish(demo)
        organization = workspace.assessment(demo).organization_uuid
        workspace.start_assessment(organization, assessed_on=date(2027, 10, 1), copy_from=demo)

        coop = workspace.add_organization(
            OrganizationProfile(name="Mutuelle de Santé du Littoral", country="SN", members=420)
        )
        workshop = workspace.start_assessment(coop, "workshop", date(2026, 11, 20))
        for number, role in enumerate(("member", "worker", "board")):
            person = workspace.add_participant(workshop, f"Participant {number + 1}", role)
            workspace.save_participant_answers(
                workshop,
                person.uuid,
                [Answer(indicator, (n + number) % 5) for n, indicator in enumerate(indicators)],
                answered_at=datetime(2026, 11, 20, 10, number),
            )
        workspace.set_consensus(workshop, indicators[0], 3)


def main() -> int:
    target = HERE / f"release-{__version__}.db"
    if target.exists():
        print(f"{target.name} exists: a release's database is never made again")
        return 1
    make(target)
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
