"""The start-up listing read with sqlite3: the same as the repository's, or nothing at all."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from sseassess.app.demo import create_demo
from sseassess.app.workspace import Workspace
from sseassess.domain.records import OrganizationProfile
from sseassess.storage.listing import read_listing


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_lists_exactly_what_the_repository_lists(database_url: str) -> None:
    workspace = Workspace.open(database_url)
    create_demo(workspace)
    # Names that sort only case-insensitively, then by creation; empty optional fields.
    beta = workspace.add_organization(OrganizationProfile(name="beta"))
    workspace.add_organization(OrganizationProfile(name="Alpha", members=3, founded_year=1990))
    workspace.add_organization(OrganizationProfile(name="alpha", country="SN"))
    same_day = date(2026, 3, 1)
    first = workspace.start_assessment(beta, assessed_on=same_day)
    workspace.start_assessment(beta, "workshop", assessed_on=same_day)
    workspace.finish(first)
    workspace.set_current_indicator(first, "1.2")
    expected = (workspace.organizations(), workspace.assessments())
    workspace.close()

    listing = read_listing(database_url)

    assert listing is not None
    assert (listing.organizations, listing.assessments) == expected
    assert [o.profile.name for o in listing.organizations][:3] == ["Alpha", "alpha", "beta"]


def test_reads_the_default_database_and_never_writes(tmp_path: Path, database_url: str) -> None:
    workspace = Workspace.open(database_url)
    create_demo(workspace)
    workspace.close()
    database = tmp_path / "sseassess.db"
    before = database.read_bytes()

    listing = read_listing()  # the URL of SSEASSESS_DATABASE_URL, set for every test

    assert listing is not None
    assert [o.profile.name for o in listing.organizations] == [
        "Coopérative des Tisserands de Thiès"
    ]
    assert database.read_bytes() == before


def _database_at(path: Path, revision: str | None) -> str:
    url = f"sqlite:///{path}"
    Workspace.open(url).close()
    with sqlite3.connect(path) as connection:
        if revision is None:
            connection.execute("DROP TABLE alembic_version")
        else:
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()
    return url


@pytest.mark.parametrize("revision", ["0001", "9999_future", None])
def test_another_schema_revision_is_left_to_the_usual_way(
    tmp_path: Path, revision: str | None
) -> None:
    """Older (to migrate), newer (to refuse) or unknown: start-up must open it normally."""
    assert read_listing(_database_at(tmp_path / "other.db", revision)) is None


def test_nothing_to_list_quickly(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    before = _files(tmp_path)

    assert read_listing(f"sqlite:///{tmp_path / 'missing.db'}") is None
    assert read_listing(f"sqlite:///{garbage}") is None
    assert read_listing(f"sqlite:///{foreign}") is None
    assert read_listing("postgresql://user@localhost/sseassess") is None
    assert read_listing(f"sqlite:///{foreign}?mode=ro") is None
    assert _files(tmp_path) == before
