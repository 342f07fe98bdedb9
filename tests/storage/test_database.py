"""The database: migrations at start-up, refusal of newer schemas, round-trips, durability."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.exc import IntegrityError

from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile
from sseassess.storage import migrations, models, sqlite_files
from sseassess.storage.database import Database
from sseassess.storage.errors import NewerDatabaseError, StorageError
from sseassess.storage.location import SCHEMA_REVISION

pytestmark = pytest.mark.both_backends


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_schema_revision_constant_is_the_migrations_head() -> None:
    """The fast start-up check compares against the real head of the migrations."""
    assert migrations.head_revision() == SCHEMA_REVISION


def test_empty_database_is_migrated_to_head(tmp_path: Path) -> None:
    """A first start creates every table and records the schema revision."""
    database = Database.open(f"sqlite:///{tmp_path / 'new.db'}")
    try:
        assert database.current_revision() == SCHEMA_REVISION
    finally:
        database.close()
    tables = {
        row[0]
        for row in sqlite3.connect(tmp_path / "new.db").execute(
            "SELECT name FROM sqlite_master WHERE type='table'"
        )
    }
    assert set(models.Base.metadata.tables) <= tables


def test_models_and_migrations_do_not_drift(tmp_path: Path) -> None:
    """The migrations build exactly the schema the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    database = Database.open(f"sqlite:///{tmp_path / 'drift.db'}")
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "render_as_batch": True}
            )
            differences = compare_metadata(context, models.Base.metadata)
    finally:
        database.close()
    assert differences == []


def test_sqlite_pragmas_are_set(tmp_path: Path) -> None:
    """Foreign keys are enforced and the journal is WAL on every connection."""
    database = Database.open(f"sqlite:///{tmp_path / 'p.db'}")
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        database.close()


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    """A database written by a newer sseassess is not opened and not modified."""
    path = tmp_path / "newer.db"
    Database.open(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = _digest(path)
    with pytest.raises(NewerDatabaseError) as raised:
        Database.open(f"sqlite:///{path}")
    assert "newer version of sseassess" in raised.value.message()
    assert _digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    """A SQLite file of another program is not taken over."""
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    connection.close()
    before = _digest(path)
    with pytest.raises(StorageError, match="not an sseassess database"):
        Database.open(f"sqlite:///{path}")
    assert _digest(path) == before


def test_unwritable_location_gives_a_clear_error(tmp_path: Path) -> None:
    """A database path whose folder cannot be created is reported, not a traceback."""
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match="cannot be created"):
        Database.open(f"sqlite:///{blocker / 'sub' / 'db.sqlite'}")


def test_backup_copy_is_a_readable_database(tmp_path: Path) -> None:
    """The copy taken before a migration holds the same data."""
    path = tmp_path / "b.db"
    workspace = Workspace.open(f"sqlite:///{path}")
    workspace.add_organization(OrganizationProfile(name="Backup Coop"))
    workspace.close()
    copy = sqlite_files.automatic_backup(path, "daily", str(path))
    assert copy.parent == tmp_path / "backups"
    names = [row[0] for row in sqlite3.connect(copy).execute("SELECT name FROM organization")]
    assert names == ["Backup Coop"]


def test_answers_are_committed_as_they_are_given(workspace: Workspace, database: Database) -> None:
    """Another connection sees an answer as soon as it is saved (nothing waits for a Save)."""
    organization = workspace.add_organization(OrganizationProfile(name="Durable"))
    assessment = workspace.start_assessment(organization)
    workspace.save_answer(assessment, Answer("democratic-control.one-member-one-vote", 3))
    with database.reading() as session:
        rows = session.execute(select(models.Answer.indicator_id, models.Answer.level)).all()
    assert [tuple(row) for row in rows] == [("democratic-control.one-member-one-vote", 3)]


def test_profile_assessment_and_answers_round_trip(workspace: Workspace) -> None:
    """What is saved is what is read back, field by field."""
    profile = OrganizationProfile(
        name="Mutuelle du Littoral",
        legal_form="mutual",
        country="SN",
        sector="Health insurance",
        members=1200,
        employees=14,
        founded_year=1998,
        signatory_category="member-based",
    )
    organization = workspace.add_organization(profile)
    assert workspace.organization(organization).profile == profile
    assessment = workspace.start_assessment(organization, assessed_on=date(2025, 3, 1))
    answers = {
        "primacy-of-person.mission-in-statutes": Answer(
            "primacy-of-person.mission-in-statutes", 4, note="Statutes of 2019, art. 2"
        ),
        "autonomy.public-agreements": Answer(
            "autonomy.public-agreements",
            None,
            not_applicable=True,
            reason="No public funding at all",
        ),
        "democratic-control.one-member-one-vote": Answer(
            "democratic-control.one-member-one-vote", 2, for_discussion=True
        ),
    }
    for answer in answers.values():
        workspace.save_answer(assessment, answer)
    assert workspace.answers(assessment) == answers
    record = workspace.assessment(assessment)
    assert (record.assessed_on, record.kind, record.status) == (
        date(2025, 3, 1),
        "self",
        "in_progress",
    )
    # Changing an answer updates it in place rather than adding a second one.
    workspace.save_answer(assessment, Answer("democratic-control.one-member-one-vote", 3))
    assert workspace.answers(assessment)["democratic-control.one-member-one-vote"].level == 3


def test_one_own_answer_per_indicator_is_enforced(workspace: Workspace, database: Database) -> None:
    """The database itself refuses a second answer to the same indicator."""
    organization = workspace.add_organization(OrganizationProfile(name="Unique"))
    assessment = workspace.start_assessment(organization)
    workspace.save_answer(assessment, Answer("autonomy.governance-independence", 1))
    with pytest.raises(IntegrityError), database.session() as session:
        assessment_id = session.scalar(
            select(models.Assessment.id).where(models.Assessment.uuid == assessment)
        )
        session.add(
            models.Answer(
                assessment_id=assessment_id,
                indicator_id="autonomy.governance-independence",
                level=2,
            )
        )


def test_evidence_and_action_items_are_deleted_with_the_assessment(
    workspace: Workspace, database: Database
) -> None:
    """Deleting an assessment removes its answers, evidence and action plan too."""
    organization = workspace.add_organization(OrganizationProfile(name="Cascade"))
    assessment = workspace.start_assessment(organization)
    workspace.save_answer(assessment, Answer("autonomy.governance-independence", 1))
    with database.session() as session:
        answer = session.scalars(select(models.Answer)).one()
        answer.evidence.append(
            models.Evidence(
                file_name="minutes.pdf",
                media_type="application/pdf",
                size=3,
                sha256=hashlib.sha256(b"pdf").hexdigest(),
                data=b"pdf",
            )
        )
        session.add(
            models.ActionItem(
                assessment_id=answer.assessment_id,
                description="Adopt a written rule",
                owner="Board",
                due_date=date(2027, 6, 30),
            )
        )
    workspace.delete_assessment(assessment)
    with database.session() as session:
        for table in (models.Answer, models.Evidence, models.ActionItem, models.Assessment):
            assert session.scalars(select(table)).all() == []


def test_framework_snapshot_is_stored_once_and_kept(
    workspace: Workspace, database: Database
) -> None:
    """Assessments keep the exact framework content; the same content is stored once."""
    organization = workspace.add_organization(OrganizationProfile(name="Snap"))
    first = workspace.start_assessment(organization)
    second = workspace.start_assessment(organization)
    with database.session() as session:
        snapshots = session.scalars(select(models.FrameworkSnapshot)).all()
    assert len(snapshots) == 1
    record = workspace.assessment(first)
    framework = workspace.framework_of(record)
    assert framework.content_hash == record.framework_hash == snapshots[0].content_hash
    assert workspace.assessment(second).framework_hash == record.framework_hash


def test_database_url_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """SSEASSESS_DATABASE_URL points the app at another database."""
    target = tmp_path / "elsewhere.db"
    monkeypatch.setenv("SSEASSESS_DATABASE_URL", f"sqlite:///{target}")
    Database.open().close()
    assert target.exists()
    engine = create_engine(f"sqlite:///{target}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    engine.dispose()


def test_older_database_is_copied_then_upgraded_with_its_data(tmp_path: Path) -> None:
    """A database from the previous version keeps its data, and a copy is kept first."""
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO organization (uuid, name, created_at, updated_at) "
            "VALUES ('11111111-1111-1111-1111-111111111111', 'Old Coop', "
            "'2025-01-01 00:00:00', '2025-01-01 00:00:00')"
        )
    engine.dispose()
    database = Database.open(f"sqlite:///{path}")
    try:
        assert database.current_revision() == SCHEMA_REVISION
    finally:
        database.close()
    [backup] = (tmp_path / "backups").glob("old-*-before-0001.db")
    for file in (path, backup):
        names = [row[0] for row in sqlite3.connect(file).execute("SELECT name FROM organization")]
        assert names == ["Old Coop"]
    columns = [row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(participant)")]
    assert "answered_at" in columns and "source_hash" in columns


def test_a_migration_that_copies_a_table_keeps_every_answer(tmp_path: Path) -> None:
    """SQLite batch migrations copy a table and drop the old one; with foreign keys on,
    the drop would cascade and delete every answer of every assessment."""
    import shutil

    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    with Workspace.open(url) as workspace:
        organization = workspace.add_organization(OrganizationProfile(name="Coop"))
        assessment = workspace.start_assessment(organization)
        workspace.save_answer(assessment, Answer("autonomy.governance-independence", 3))
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations.HERE, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_copy_assessment.py").write_text(
        "from alembic import op\n"
        "revision = '9999'\n"
        f"down_revision = {SCHEMA_REVISION!r}\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('assessment', recreate='always'):\n"
        "        pass\n",
        encoding="utf-8",
    )
    database = Database.open(url)
    try:
        migrations.upgrade(database.engine, script_location=scripts)
        with database.session() as session:
            assert len(session.scalars(select(models.Answer)).all()) == 1
            assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.close()


def test_postgresql_migrations_build_the_models_and_keep_data(
    postgresql_server: Any,
) -> None:
    """A network's server: an empty database is migrated to the head with no drift; one at
    the first revision keeps its data through the upgrade."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    server = postgresql_server
    empty = server.empty_database()
    old = server.empty_database()
    try:
        database = Database.open(empty.replace("postgresql+psycopg", "postgresql"))
        try:
            assert database.current_revision() == SCHEMA_REVISION
            with database.engine.connect() as connection:
                context = MigrationContext.configure(connection, opts={"compare_type": True})
                assert compare_metadata(context, models.Base.metadata) == []
        finally:
            database.close()
        engine = create_engine(old)
        migrations.upgrade(engine, "0001")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO organization (uuid, name, created_at, updated_at) VALUES "
                "('11111111-1111-1111-1111-111111111111', 'Old\nCoop', now(), now())"
            )
        engine.dispose()
        with Workspace.open(old) as workspace:
            assert [o.profile.name for o in workspace.organizations()] == ["Old Coop"]
    finally:
        server.drop(empty)
        server.drop(old)


def test_installations_starting_together_upgrade_a_server_once(postgresql_server: Any) -> None:
    """Several trainers' installations pointed at one new server database start at once."""
    import threading

    server = postgresql_server
    url = server.empty_database()
    errors: list[BaseException] = []

    def start() -> None:
        try:
            Database.open(url).close()
        except BaseException as error:
            errors.append(error)

    try:
        threads = [threading.Thread(target=start) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        database = Database.open(url)
        try:
            assert database.current_revision() == SCHEMA_REVISION
        finally:
            database.close()
    finally:
        server.drop(url)


def test_an_unreachable_server_is_named(tmp_path: Path) -> None:
    url = f"postgresql://nobody@/nothing?host={tmp_path}"
    with pytest.raises(StorageError, match="cannot be opened"):
        Database.open(url)
