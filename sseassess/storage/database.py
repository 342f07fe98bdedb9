"""Opening the database: URL choice, SQLite PRAGMAs, migrations at start-up, typed errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from sseassess.domain.text import N_
from sseassess.storage.errors import NewerDatabaseError, StorageError, classify
from sseassess.storage.location import SCHEMA_REVISION, resolve_url


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _install_sqlite_listeners(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy emit BEGIN itself so that transactions are real (pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: every committed answer survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


class Database:
    """An open, migrated database and the sessions the repository works in."""

    def __init__(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, create: bool = True) -> Database:
        """Open (creating it if needed) and migrate the database at ``url``.

        With ``create=False`` a SQLite file that does not exist is refused instead of
        created, so that a mistyped path does not look like an empty database.
        Raises ``NewerDatabaseError`` for a database from a newer version, and
        ``StorageError`` when it cannot be opened or written.
        """
        url = resolve_url(url)
        path = _sqlite_path(url)
        location = str(path) if path else make_url(url).render_as_string(hide_password=True)
        if path is not None and not create and not path.exists():
            raise StorageError(N_("There is no sseassess database at {where}."), where=location)
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
                # Look read-only first: a file we must refuse is never written to,
                # not even by the PRAGMAs every connection sets.
                _check_revision(_read_sqlite_revision(path, location), location)
        try:
            engine = create_engine(url)
        except (SQLAlchemyError, ImportError, ValueError) as error:
            raise StorageError(
                N_("Invalid database address {url}: {detail}"), url=location, detail=str(error)
            ) from error
        if engine.dialect.name == "sqlite":
            _install_sqlite_listeners(engine)
        database = cls(engine, location)
        try:
            database._migrate(path)
        except DBAPIError as error:
            engine.dispose()
            raise classify(error.orig, location) from error
        except BaseException:
            engine.dispose()
            raise
        return database

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as error:
            raise classify(error.orig, self.location) from error

    # -- migrations

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return _read_revision(connection, self.location)

    def _migrate(self, path: Path | None) -> None:
        with self.engine.connect() as connection:
            current = _read_revision(connection, self.location)
        if current == SCHEMA_REVISION:
            return
        _check_revision(current, self.location)
        if current is not None and path is not None:
            backup_sqlite(path, current)
        from sseassess.storage import migrations

        migrations.upgrade(self.engine)


_FOREIGN = N_("{where} is not an sseassess database; it was left untouched.")


def _read_revision(connection: Any, location: str) -> str | None:
    """The schema revision recorded in the database, or None for an empty database."""
    inspector = inspect(connection)
    if inspector.has_table("alembic_version"):
        return str(connection.execute(text("SELECT version_num FROM alembic_version")).scalar())
    if inspector.get_table_names():
        raise StorageError(_FOREIGN, where=location)
    return None


def _read_sqlite_revision(path: Path, location: str) -> str | None:
    """Like :func:`_read_revision`, through a read-only connection that changes nothing."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise StorageError(N_("The database cannot be opened: {where}"), where=location) from error
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return str(row[0]) if row else None
    except sqlite3.DatabaseError as error:
        raise StorageError(_FOREIGN, where=location) from error
    finally:
        connection.close()
    if tables:
        raise StorageError(_FOREIGN, where=location)
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


def backup_sqlite(path: Path, revision: str) -> Path:
    """Copy the SQLite file before migrating it; returns the copy's path."""
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    target = path.with_name(f"{path.name}.before-{revision}-{stamp}.bak")
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target
