"""The database's health and backups: ``sseassess db check|backup|restore`` and the
application's File › Back up… and Restore…, and the errors the GUI and the CLI tell apart.

Backups and restores are of SQLite files (a server database is backed up by its
administrator, with ``pg_dump``). A backup is written whole and checked, or not at all; a
restore checks the backup first and keeps a copy of the database it replaces.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sseassess.domain.text import N_, InputError
from sseassess.storage import sqlite_files
from sseassess.storage.database import sqlite_file
from sseassess.storage.errors import (
    ChangedElsewhereError,
    DamagedDatabaseError,
    DatabaseBusyError,
    StorageError,
)

__all__ = [
    "ChangedElsewhereError",
    "DamagedDatabaseError",
    "DatabaseBusyError",
    "Health",
    "StorageError",
    "backup_database",
    "check_database",
    "latest_good_backup",
    "restore_database",
    "restore_latest_backup",
]


@dataclass(frozen=True, slots=True)
class Health:
    """What a check of the database found."""

    location: str
    problems: tuple[str, ...]
    #: The newest automatic backup that is sound, when the database is damaged.
    latest_backup: Path | None = None

    @property
    def healthy(self) -> bool:
        return not self.problems


def _sqlite(url: str | None) -> tuple[Path, str]:
    path, location = sqlite_file(url)
    if path is None:
        raise InputError(
            N_(
                "{where} is a database server: it is backed up and restored by its "
                "administrator (for example with pg_dump and pg_restore), not by sseassess."
            ),
            where=location,
        )
    return path, location


def check_database(url: str | None = None) -> Health:
    """Check the database thoroughly (``PRAGMA quick_check`` for a SQLite file)."""
    path, location = sqlite_file(url)
    if path is None:
        from sseassess.storage.database import Database

        database = Database.open(url, create=False, backup=False)
        try:
            return Health(location, tuple(database.check()))
        finally:
            database.close()
    if not path.exists():
        raise StorageError(N_("There is no sseassess database at {where}."), where=location)
    problems = tuple(sqlite_files.check(path, location))
    return Health(location, problems, latest_good_backup(url) if problems else None)


def latest_good_backup(url: str | None = None) -> Path | None:
    """The newest automatic backup of the database that is sound and can be restored."""
    path, _location = sqlite_file(url)
    if path is None:
        return None
    return sqlite_files.latest_good_backup(path, _known())


def backup_database(target: Path, url: str | None = None) -> Path:
    """Copy the database to ``target`` (checked; written whole or not at all)."""
    path, location = _sqlite(url)
    if not path.exists():
        raise StorageError(N_("There is no sseassess database at {where}."), where=location)
    sqlite_files.read_revision(path, location)
    return sqlite_files.copy_database(path, target, location)


def restore_database(source: Path, url: str | None = None) -> Path | None:
    """Replace the database by the backup ``source``, once it is checked; the copy kept
    of the database it replaced (None when there was none). Close it first."""
    path, _location = _sqlite(url)
    return sqlite_files.restore(path, source, _known())


def restore_latest_backup(url: str | None = None) -> tuple[Path, Path | None]:
    """Restore the newest sound automatic backup; it, and the copy kept of what it replaced."""
    path, location = _sqlite(url)
    backup = sqlite_files.latest_good_backup(path, _known())
    if backup is None:
        raise StorageError(N_("There is no good backup of {where} to restore."), where=location)
    return backup, sqlite_files.restore(path, backup, _known())


def _known() -> set[str]:
    from sseassess.storage import migrations

    return migrations.known_revisions()
