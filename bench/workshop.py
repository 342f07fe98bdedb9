"""Workshop timings: the data export by participants, participants' files and collecting them.

``python -m bench.workshop`` prints them alone; ``bench/__main__.py`` adds them to its table.
Each measurement is alternated run by run with its floor, measured in the same run.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path


def _alternate(
    work: Callable[[], object], floor: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Median times of ``work`` and ``floor``, run in alternation."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for task, timings in ((work, times[0]), (floor, times[1])):
            started = time.perf_counter()
            task()
            timings.append(time.perf_counter() - started)
    return statistics.median(times[0]), statistics.median(times[1])


def _workshop(url: str, participants: int) -> str:
    """A workshop with ``participants`` who answered every indicator; its UUID."""
    from sseassess.app.workspace import Workspace
    from sseassess.domain.answers import Answer
    from sseassess.domain.records import ROLES, OrganizationProfile

    rng = random.Random(participants)
    with Workspace.open(url) as workspace:
        organization = workspace.add_organization(OrganizationProfile(name="Bench Coop"))
        assessment = workspace.start_assessment(organization, "workshop")
        indicators = list(workspace.framework_of(workspace.assessment(assessment)).indicators())
        for number in range(participants):
            person = workspace.add_participant(
                assessment, f"Participant {number}", ROLES[number % len(ROLES)]
            )
            answers = [Answer(i.id, rng.randint(0, 4), note="vu") for i in indicators]
            workspace.save_participant_answers(assessment, person.uuid, answers)
    return assessment


def data_export(base: Path, participants: int, runs: int) -> tuple[float, float]:
    """Median times of the XLSX data export and of the CSV export, for ``participants``."""
    from sseassess.app.data_export import export_data
    from sseassess.app.workspace import Workspace

    url = f"sqlite:///{base / f'export{participants}.db'}"
    assessment = _workshop(url, participants)
    with Workspace.open(url) as workspace:

        def xlsx() -> None:
            export_data(workspace, assessment, csv_file=None, xlsx=base / "a.xlsx", language="en")

        def csv() -> None:
            export_data(workspace, assessment, csv_file=base / "a.csv", xlsx=None, language="en")

        xlsx()
        return _alternate(xlsx, csv, runs)


def participant_files(base: Path, count: int) -> tuple[list[Path], Path, int]:
    """``count`` participants' files of one workshop, the workshop file for the laptops,
    and the size of one participant's file."""
    from sseassess.app.bundles import export_workshop_file
    from sseassess.app.workspace import Workspace
    from sseassess.domain.answers import Answer
    from sseassess.domain.merge import FileRole, StampedAnswer
    from sseassess.domain.records import ROLES, OrganizationProfile, ParticipantRecord
    from sseassess.exchange.bundle import SUFFIX, build, serialize

    with Workspace.open(f"sqlite:///{base / 'trainer.db'}") as trainer:
        organization = trainer.add_organization(OrganizationProfile(name="Bench Coop"))
        record = trainer.assessment(trainer.start_assessment(organization, "workshop"))
        owner = trainer.organization(organization)
        snapshot = trainer.snapshot(record.framework_hash)
        indicators = [indicator.id for indicator in trainer.framework_of(record).indicators()]
        workshop_file = base / f"workshop{SUFFIX}"
        export_workshop_file(trainer, record.uuid, workshop_file)
    rng = random.Random(200)
    start = datetime(2026, 5, 1, 9, 0)
    files = []
    for number in range(count):
        person = ParticipantRecord(
            str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            f"Participant {number}",
            ROLES[number % len(ROLES)],
            start + timedelta(minutes=number),
        )
        answers = [
            StampedAnswer(Answer(indicator, rng.randint(0, 4), note="vu"), start)
            for indicator in indicators
        ]
        path = base / f"participant{number:04d}{SUFFIX}"
        bundle = build(FileRole.PARTICIPANT, owner, snapshot, record, person, answers)
        path.write_bytes(serialize(bundle))
        files.append(path)
    return files, workshop_file, files[0].stat().st_size


def collect_files(base: Path, count: int, runs: int) -> tuple[float, float, float, int]:
    """Median times to collect ``count`` participants' files (and the workshop file) into
    a fresh database; to read and parse them as JSON; to read and check them as bundles
    (the floors); and one file's size."""
    from sseassess.app.bundles import collect
    from sseassess.domain.merge import Outcome
    from sseassess.exchange.validate import FrameworkCache, read_bundle

    files, workshop_file, size = participant_files(base, count)
    everything = [workshop_file, *files]
    fresh = iter(range(10_000))

    def collected() -> None:
        from sseassess.app.workspace import Workspace

        with Workspace.open(f"sqlite:///{base / f'collect{next(fresh)}.db'}") as workspace:
            report = collect(workspace, everything)
        assert report.count(Outcome.IMPORTED) == count + 1, report.outcomes[:3]

    def parsed() -> None:
        for path in everything:
            json.loads(path.read_bytes())

    def checked() -> None:
        frameworks = FrameworkCache()
        for path in everything:
            read_bundle(path, frameworks)

    collect_time, parse_time = _alternate(collected, parsed, runs)
    _again, check_time = _alternate(parsed, checked, runs)
    return collect_time, parse_time, check_time, size


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        for participants in (10, 50, 200):
            xlsx, csv = data_export(base, participants, 3)
            print(
                f"export-data {participants} participants: XLSX {xlsx * 1000:.0f} ms, "
                f"CSV {csv * 1000:.0f} ms, {xlsx / csv:.1f}x (target <= 5x)",
                file=sys.stderr,
            )
    with tempfile.TemporaryDirectory() as folder:
        collected, parsed, checked, size = collect_files(Path(folder), 1000, 3)
        print(
            f"collect 1,000 participants' files: {collected * 1000:.0f} ms; read + parse "
            f"{parsed * 1000:.0f} ms ({collected / parsed:.1f}x, target <= 2x); read + check "
            f"{checked * 1000:.0f} ms ({collected / checked:.1f}x); one file {size:,} bytes",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
