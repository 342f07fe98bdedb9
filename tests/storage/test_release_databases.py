"""Installing a new version over an old one keeps the data: the databases earlier versions
left (``tests/data/databases``) open with every row, and are copied before a migration."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from sseassess.app.workspace import Workspace
from sseassess.storage.location import SCHEMA_REVISION

DATABASES = sorted((Path(__file__).parent.parent / "data" / "databases").glob("*.db"))


def _rows(path: Path) -> dict[str, object]:
    """What must survive, read with plain sqlite3: uuids of organizations and assessments,
    and every answer (assessment, participant, indicator, level, N/A, reason, note)."""
    with sqlite3.connect(path) as connection:
        query = connection.execute
        return {
            "revision": query("SELECT version_num FROM alembic_version").fetchone()[0],
            "organizations": sorted(r[0] for r in query("SELECT uuid, name FROM organization")),
            "assessments": sorted(r[0] for r in query("SELECT uuid FROM assessment")),
            "answers": sorted(
                query(
                    "SELECT a.uuid, coalesce(p.uuid, ''), n.indicator_id, n.level, "
                    "n.not_applicable, n.reason, n.note FROM answer n "
                    "JOIN assessment a ON a.id = n.assessment_id "
                    "LEFT JOIN participant p ON p.id = n.participant_id"
                ).fetchall()
            ),
        }


def test_there_is_a_database_of_the_previous_release() -> None:
    assert any(path.name.startswith("release-") for path in DATABASES)


@pytest.mark.parametrize("original", DATABASES, ids=[path.stem for path in DATABASES])
def test_an_old_database_opens_with_all_its_data(original: Path, tmp_path: Path) -> None:
    path = tmp_path / "sseassess.db"
    shutil.copyfile(original, path)
    before = _rows(path)
    assert before["answers"], "a database to upgrade holds answers"

    with Workspace.open(f"sqlite:///{path}") as workspace:
        organizations = sorted(record.uuid for record in workspace.organizations())
        assessments = sorted(record.uuid for record in workspace.assessments())
        own_answers = sum(len(workspace.answers(uuid)) for uuid in assessments)
        participants_answers = sum(
            len(answers)
            for uuid in assessments
            for answers in workspace.participant_answers(uuid).values()
        )
        for uuid in assessments:
            workspace.result(uuid)  # every assessment still scores with its framework

    after = _rows(path)
    assert after["revision"] == SCHEMA_REVISION
    assert organizations == before["organizations"] == after["organizations"]
    assert assessments == before["assessments"] == after["assessments"]
    assert after["answers"] == before["answers"]
    assert own_answers + participants_answers == len(before["answers"])

    backups = sorted((tmp_path / "backups").glob("sseassess-*-before-*.db"))
    if before["revision"] == SCHEMA_REVISION:
        assert backups == []  # nothing to migrate, nothing copied
    else:
        assert [b.stem.rsplit("-before-", 1)[1] for b in backups] == [before["revision"]]
        assert _rows(backups[0]) == before  # the copy is the database as it was
