"""The home list (organizations and their assessments) read with the standard sqlite3.

At start-up the window lists the database before SQLAlchemy is even imported: importing
it and the models takes longer than everything else together on an old laptop. This
module reads exactly what :meth:`Repository.organizations` and
:meth:`Repository.assessments` return (a test compares them on the same database), and
only from a SQLite file already at :data:`SCHEMA_REVISION`. Anything else (another
database, an older or newer schema, a foreign or damaged file) gives ``None`` and start-up
goes the usual way, which migrates, refuses or explains.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sseassess.domain.records import AssessmentRecord, OrganizationProfile, OrganizationRecord
from sseassess.storage.location import SCHEMA_REVISION, plain_sqlite_file, resolve_url

_ORGANIZATIONS = """
SELECT uuid, name, legal_form, country, sector, members, employees, founded_year,
       signatory_category
FROM organization
ORDER BY lower(name), id
"""

_ASSESSMENTS = """
SELECT a.uuid, o.uuid, o.name, s.framework_id, s.version, s.content_hash,
       a.kind, a.status, a.assessed_on, a.current_indicator, a.revision
FROM assessment AS a
JOIN organization AS o ON a.organization_id = o.id
JOIN framework_snapshot AS s ON a.framework_snapshot_id = s.id
ORDER BY a.assessed_on DESC, a.id DESC
"""


@dataclass(frozen=True, slots=True)
class Listing:
    """Organizations in display order and every assessment, newest first."""

    organizations: list[OrganizationRecord]
    assessments: list[AssessmentRecord]


def read_listing(url: str | None = None) -> Listing | None:
    """The listing of the database at ``url`` (or the default one), or None (see above).

    The file is opened read-only and read in one transaction; it is never written to.
    """
    path = plain_sqlite_file(resolve_url(url))
    if path is None or not path.is_file():
        return None
    return _read(path)


def _read(path: Path) -> Listing | None:
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
        )
    except sqlite3.Error:
        return None
    try:
        connection.execute("BEGIN")
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if revision != [(SCHEMA_REVISION,)]:
            return None
        organizations = [
            OrganizationRecord(row[0], OrganizationProfile(*row[1:]))
            for row in connection.execute(_ORGANIZATIONS)
        ]
        assessments = [_assessment(row) for row in connection.execute(_ASSESSMENTS)]
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        connection.close()
    return Listing(organizations, assessments)


def _assessment(row: tuple[Any, ...]) -> AssessmentRecord:
    """A row of ``_ASSESSMENTS``: SQLite gives the date as the ISO text SQLAlchemy stored."""
    uuid, organization, name, framework, version, content_hash, kind, status, day, at, rev = row
    return AssessmentRecord(
        uuid,
        organization,
        name,
        framework,
        version,
        content_hash,
        kind,
        status,
        date.fromisoformat(day),
        at,
        rev,
    )
