"""Bundles into a network's shared database, on SQLite and on PostgreSQL: files collected
in any order give one result, and two trainers collecting at the same moment lose nothing."""

from __future__ import annotations

import random
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import create_engine

from sseassess.app.bundles import collect
from sseassess.app.workspace import Workspace
from tests.app.test_bundles import LAPTOPS, Workshop, run, workshop  # noqa: F401

pytestmark = pytest.mark.both_backends
Fresh = Callable[[str], str]


def _plain(value: Any) -> Any:
    """A value as both databases give it (SQLite stores dates as text, flags as 0/1)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def dump(url: str) -> dict[str, Any]:
    """The content of a database by UUID and hash (no row ids, no times of import)."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as connection:

            def query(sql: str) -> list[tuple[Any, ...]]:
                rows = connection.exec_driver_sql(sql)
                return sorted(tuple(_plain(value) for value in row) for row in rows)

            return {
                "organizations": query("SELECT uuid, name, country, members FROM organization"),
                "assessments": query(
                    "SELECT a.uuid, o.uuid, a.kind, a.status, a.assessed_on FROM assessment a "
                    "JOIN organization o ON o.id = a.organization_id"
                ),
                "participants": query(
                    "SELECT p.uuid, p.display_name, p.role, p.answered_at, p.source_hash "
                    "FROM participant p"
                ),
                "answers": query(
                    "SELECT COALESCE(p.uuid, 'consensus'), n.indicator_id, n.level, "
                    "n.not_applicable, n.reason, n.note, n.for_discussion FROM answer n "
                    "LEFT JOIN participant p ON p.id = n.participant_id"
                ),
                "evidence": query("SELECT file_name, media_type, size, sha256 FROM evidence"),
            }
    finally:
        engine.dispose()


def test_any_order_of_collecting_gives_the_same_database(
    workshop: Workshop,  # noqa: F811
    fresh: Fresh,
) -> None:
    files = workshop.files
    shuffled = list(files)
    random.Random(3).shuffle(shuffled)
    dumps = []
    for number, order in enumerate((files, list(reversed(files)), shuffled)):
        url = fresh(f"order{number}")
        with Workspace.open(url) as trainer:
            report = collect(trainer, order, accept=True)
            assert not report.refused
        dumps.append(dump(url))
    assert dumps[1] == dumps[0] and dumps[2] == dumps[0]
    assert len(dumps[0]["participants"]) == LAPTOPS


def test_two_trainers_collecting_into_one_database_at_once_lose_nothing(
    workshop: Workshop,  # noqa: F811
    fresh: Fresh,
) -> None:
    """Two trainers collect participants' files into the same workshop at the same moment,
    while one of them records consensus levels: the database ends as one trainer alone
    would leave it, plus every consensus level."""
    sends = [*workshop.first_sends, *workshop.resends]
    alone = fresh("alone")
    run(
        "bundle", "import", "--db", alone, "--accept-changes", str(workshop.whole), *map(str, sends)
    )
    shared = fresh("shared")
    run("bundle", "import", "--db", shared, str(workshop.whole))
    halves = [workshop.first_sends[0::2] + workshop.resends, workshop.first_sends[1::2]]
    trainers = [
        subprocess.Popen(
            [
                *(sys.executable, "-m", "sseassess", "bundle", "import", "--db", shared),
                *map(str, half),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for half in halves
    ]
    consensus: dict[str, int] = {}
    with Workspace.open(shared) as trainer:
        framework = trainer.framework_of(trainer.assessment(workshop.assessment))
        for number, indicator in enumerate(framework.indicators()):
            level = number % 5
            trainer.set_consensus(workshop.assessment, indicator.id, level)
            consensus[indicator.id] = level
    for process in trainers:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        assert "refused" not in out + err
    expected, got = dump(alone), dump(shared)
    assert got["participants"] == expected["participants"]
    assert [a for a in got["answers"] if a[0] != "consensus"] == [
        a for a in expected["answers"] if a[0] != "consensus"
    ]
    with Workspace.open(shared) as trainer:
        stored = trainer.answers(workshop.assessment)
    assert {indicator: answer.level for indicator, answer in stored.items()} == consensus
