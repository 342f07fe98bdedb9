"""Opening the database: URL choice, SQLite PRAGMAs, write locks, migrations at start-up,
automatic backups, typed errors.

Write transactions take the write lock before they read (``BEGIN IMMEDIATE`` on SQLite),
so a writer waits for another one (up to the busy timeout) instead of failing when it
reaches its first write; read transactions (:meth:`Database.reading`) take no lock. On
PostgreSQL, every write to an assessment first updates the assessment's row (its
revision), which serializes writers of the same assessment.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from sseassess.domain.text import N_
from sseassess.storage import sqlite_files
from sseassess.storage.errors import (
    Cause,
    DamagedDatabaseError,
    NewerDatabaseError,
    StorageError,
    cause_of,
    classify,
    damaged,
)
from sseassess.storage.location import SCHEMA_REVISION, resolve_url

#: How long a writer waits for another one's lock before giving up (milliseconds).
BUSY_TIMEOUT_MS = 10_000
_READ = "sseassess_read"


def _sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def sqlite_file(url: str | None = None) -> tuple[Path | None, str]:
    """The SQLite file of ``url`` (None for a server database) and where it is, as shown."""
    try:
        parsed = _with_driver(make_url(resolve_url(url)))
    except (SQLAlchemyError, ValueError) as error:
        raise StorageError(
            N_("Invalid database address {url}: {detail}"), url=str(url), detail=str(error)
        ) from error
    path = _sqlite_path(parsed)
    return path, str(path) if path else parsed.render_as_string(hide_password=True)


def _with_driver(url: URL) -> URL:
    """``postgresql://`` means psycopg 3 here (SQLAlchemy would pick psycopg2)."""
    if url.drivername in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    return url


def _install_sqlite_listeners(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy emit BEGIN itself so that transactions are real (pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: every committed answer survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A transaction that may write takes the write lock first, honouring the busy
        # timeout; a deferred one would get SQLITE_BUSY at its first write, unwaited.
        if connection.get_execution_options().get(_READ):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """An open, migrated database and the sessions the repository works in."""

    def __init__(self, engine: Engine, location: str, path: Path | None = None) -> None:
        self.engine = engine
        self.location = location
        #: The SQLite file, or None for a server database.
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._reads = sessionmaker(
            engine.execution_options(**{_READ: True}), expire_on_commit=False
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @classmethod
    def open(cls, url: str | None = None, create: bool = True, backup: bool = True) -> Database:
        """Open (creating it if needed) and migrate the database at ``url``.

        With ``create=False`` a SQLite file that does not exist is refused instead of
        created, so that a mistyped path does not look like an empty database. An existing
        SQLite file is first looked at read-only (:func:`sqlite_files.read_revision`), is
        copied before a migration, and (with ``backup``) once a day.
        Raises ``NewerDatabaseError`` for a database from a newer version,
        ``DamagedDatabaseError`` for a damaged one, and ``StorageError`` when it cannot be
        opened or written.
        """
        try:
            parsed = _with_driver(make_url(resolve_url(url)))
        except (SQLAlchemyError, ValueError) as error:
            raise StorageError(
                N_("Invalid database address {url}: {detail}"), url=str(url), detail=str(error)
            ) from error
        path = _sqlite_path(parsed)
        location = str(path) if path else parsed.render_as_string(hide_password=True)
        if path is not None and not create and not path.exists():
            raise StorageError(N_("There is no sseassess database at {where}."), where=location)
        existed = False
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StorageError(
                    N_("The folder {folder} cannot be created: {detail}"),
                    folder=str(path.parent),
                    detail=error.strerror or str(error),
                ) from error
            if path.exists():
                existed = True
                # Look read-only first: a file we must refuse is never written to,
                # not even by the PRAGMAs every connection sets.
                _check_revision(sqlite_files.read_revision(path, location), location)
        try:
            engine = create_engine(parsed)
        except (SQLAlchemyError, ImportError, ValueError) as error:
            raise StorageError(
                N_("Invalid database address {url}: {detail}"), url=location, detail=str(error)
            ) from error
        if engine.dialect.name == "sqlite":
            _install_sqlite_listeners(engine)
        database = cls(engine, location, path)
        try:
            migrated = database._migrate()
            if path is not None and existed and backup and not migrated:
                database._daily_backup()
        except DBAPIError as error:
            engine.dispose()
            failure = database._failure(error)
            if failure is error:
                raise
            raise failure from error
        except BaseException:
            engine.dispose()
            raise
        return database

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one write transaction (holding the write lock from its start):
        committed on success, rolled back on any error."""
        try:
            with self._sessions.begin() as session:
                yield session
        except DBAPIError as error:
            failure = self._failure(error)
            if failure is error:
                raise
            raise failure from error

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session in one read transaction: it takes no write lock (it must not write)."""
        try:
            with self._reads.begin() as session:
                yield session
        except DBAPIError as error:
            failure = self._failure(error)
            if failure is error:
                raise
            raise failure from error

    def _failure(self, error: DBAPIError) -> BaseException:
        """What to raise for a driver error: a user-actionable ``StorageError`` by its code
        (damage confirmed by ``PRAGMA quick_check``), else the error itself (a bug, or an
        integrity error the caller handles)."""
        cause = cause_of(error.orig)
        suggests_damage = cause is Cause.DAMAGED or (
            cause is Cause.OTHER and type(error.orig) is sqlite3.DatabaseError
        )
        if (
            self.path is not None
            and suggests_damage
            and (cause is Cause.DAMAGED or sqlite_files.quick_check(self.path))
        ):
            return damaged(self.location)
        if cause is Cause.OTHER:
            return error
        if self.path is not None and cause in (Cause.READ_ONLY, Cause.CANNOT_OPEN):
            try:
                sqlite_files.check_access(self.path, self.location)
            except StorageError as named:
                return named
        return classify(error.orig, self.location)

    # -- health and backups

    def check(self) -> list[str]:
        """What is wrong with the database (empty when it is sound)."""
        if self.path is not None:
            return sqlite_files.check(self.path, self.location)
        with self.engine.connect() as connection:
            _read_revision(connection, self.location)
        return []

    def ensure_sound(self) -> None:
        """``DamagedDatabaseError`` unless the database passes ``PRAGMA quick_check``: asked
        before importing many answers, which must not be written into a damaged file."""
        if self.path is not None and sqlite_files.quick_check(self.path):
            raise damaged(self.location)

    def backup_to(self, target: Path) -> Path:
        """A checked copy of this SQLite database at ``target``, written whole or not at all."""
        if self.path is None:
            raise StorageError(
                N_(
                    "{where} is a database server: it is backed up and restored by its "
                    "administrator (for example with pg_dump and pg_restore), not by sseassess."
                ),
                where=self.location,
            )
        return sqlite_files.copy_database(self.path, target, self.location)

    def _daily_backup(self) -> None:
        """Today's backup, if there is none yet; it doubles as the day's full check (the
        copy is verified). A damaged file is reported; any other failure (a full disk, a
        read-only backups folder) must not keep the user from their data."""
        assert self.path is not None
        try:
            if sqlite_files.daily_backup_due(self.path):
                sqlite_files.automatic_backup(self.path, "daily", self.location)
        except DamagedDatabaseError:
            raise
        except (StorageError, OSError):
            pass

    # -- migrations

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return _read_revision(connection, self.location)

    def _migrate(self) -> bool:
        """Upgrade to the head revision (copying a SQLite file first); whether it ran."""
        with self.engine.connect() as connection:
            current = _read_revision(connection, self.location)
        if current == SCHEMA_REVISION:
            return False
        _check_revision(current, self.location)
        if current is not None and self.path is not None:
            self._backup_before_migration(current)
        from sseassess.storage import migrations

        migrations.upgrade(self.engine)
        return True

    def _backup_before_migration(self, current: str) -> None:
        assert self.path is not None
        try:
            sqlite_files.automatic_backup(self.path, f"before-{current}", self.location)
        except DamagedDatabaseError:
            raise
        except StorageError as error:
            raise StorageError(
                N_(
                    "This version of sseassess must upgrade the database {where}, and copies it "
                    "first; the copy could not be made, so nothing was changed. {detail}"
                ),
                where=self.location,
                detail=error.message(),
            ) from error


def _read_revision(connection: Any, location: str) -> str | None:
    """The schema revision recorded in the database, or None for an empty database."""
    inspector = inspect(connection)
    if inspector.has_table("alembic_version"):
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if not revision:
            raise sqlite_files.lost_revision(location)
        return str(revision)
    if inspector.get_table_names():
        raise StorageError(sqlite_files.FOREIGN, where=location)
    return None


def _check_revision(current: str | None, location: str) -> None:
    """Refuse a database whose schema revision this version does not know."""
    if current is None or current == SCHEMA_REVISION:
        return
    from sseassess.storage import migrations

    if not migrations.is_known_revision(current):
        raise NewerDatabaseError(
            N_(
                "This database was written by a newer version of sseassess (schema "
                "{revision}). Install the newer version to open it; the database was left "
                "untouched: {where}"
            ),
            revision=current,
            where=location,
        )
