"""SQLite database files: what a file is, whether it is damaged, and its backups.

Before anything opens a SQLite file for writing, :func:`read_revision` looks at it
read-only and names the real cause of a refusal: a zero-length file, a file of another
program, a damaged one, a folder sseassess cannot write to, a lock held by another
program. Backups are taken with SQLite's backup API into a temporary file, checked with
``PRAGMA quick_check`` and only then renamed into place, so a backup is whole and sound or
not there at all (a full disk leaves no 0-byte copy). They roll: at most one a day, one
before every migration, a few of each kept, in a ``backups`` folder beside the database.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from sseassess.domain.text import N_
from sseassess.storage.errors import (
    Cause,
    DamagedDatabaseError,
    DatabaseBusyError,
    StorageError,
    cause_of,
    classify,
    damaged,
)

HEADER = b"SQLite format 3\x00"
BACKUP_FOLDER = "backups"
#: How many automatic backups of each kind are kept.
KEEP = {"daily": 5, "before": 3, "replaced": 3}
#: How long to wait for another program's lock when looking at a file (seconds).
LOCK_WAIT = 5.0

FOREIGN = N_("{where} is not an sseassess database; it was left untouched.")


def read_only_connection(path: Path, timeout: float | None = None) -> sqlite3.Connection:
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro",
        uri=True,
        timeout=LOCK_WAIT if timeout is None else timeout,
        isolation_level=None,
    )


# -- what a file is


def read_revision(path: Path, location: str) -> str | None:
    """The schema revision of the existing SQLite file at ``path``, read without writing;
    None for an empty database (no tables). Raises a ``StorageError`` naming the cause when
    the file must not be opened: zero-length, foreign, damaged, locked, unreadable, or in a
    folder sseassess cannot write to (SQLite writes its journal beside the file)."""
    size = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    if size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        raise DamagedDatabaseError(
            N_(
                "The database file {where} is empty (0 bytes): it was probably cut short by a "
                "full disk or a crash. It was left untouched. Restore the latest good backup, "
                "or move the empty file away to start afresh."
            ),
            where=location,
        )
    if size > 0 and not _has_sqlite_header(path, location):
        raise StorageError(FOREIGN, where=location)
    try:
        connection = read_only_connection(path)
    except sqlite3.Error as error:
        raise _cause(error, path, location) from error
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise StorageError(FOREIGN, where=location)
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        raise _cause(error, path, location) from error
    finally:
        connection.close()
    if row is None or not row[0]:
        raise lost_revision(location)
    return str(row[0])


def lost_revision(location: str) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        N_(
            "The database {where} no longer records its schema version (its alembic_version "
            "table is empty), so it cannot be opened safely. It was left untouched; restore "
            "the latest good backup."
        ),
        where=location,
    )


def _has_sqlite_header(path: Path, location: str) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(HEADER)) == HEADER
    except OSError as error:
        raise _unreadable(path, location, error) from error


def check_access(path: Path, location: str) -> None:
    """Raise the error naming a permission problem with the database file or its folder,
    if there is one (called once SQLite failed to open or write it)."""
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise StorageError(
            N_(
                "The folder {folder} is read-only, and sseassess must write there to open "
                "{where} (SQLite keeps its journal beside the database). Copy the database to "
                "a folder you can write to, or ask for write access."
            ),
            folder=str(path.parent),
            where=location,
        )
    if not os.access(path, os.R_OK):
        raise StorageError(
            N_("The database file {where} cannot be read: you lack the permission to read it."),
            where=location,
        )


def _unreadable(path: Path, location: str, error: OSError) -> StorageError:
    return StorageError(
        N_("The database file {where} cannot be read: {detail}"),
        where=location,
        detail=error.strerror or str(error),
    )


def _cause(error: sqlite3.Error, path: Path, location: str) -> StorageError:
    """The error to show for a failure to read the file at ``path``, by SQLite's code."""
    cause = cause_of(error)
    if cause is Cause.BUSY:
        return DatabaseBusyError(
            N_(
                "The database {where} is locked by another program that is writing to it; "
                "close that program (or wait for it to finish) and try again."
            ),
            where=location,
        )
    if cause in (Cause.READ_ONLY, Cause.CANNOT_OPEN):
        check_access(path, location)
        return classify(error, location)
    if cause is Cause.DAMAGED or quick_check(path):
        return damaged(location)
    return classify(error, location)


def quick_check(path: Path) -> list[str]:
    """What ``PRAGMA quick_check`` finds wrong with the file (empty when it is sound)."""
    try:
        connection = read_only_connection(path)
        try:
            rows = connection.execute("PRAGMA quick_check(20)").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        if cause_of(error) is Cause.BUSY:
            raise classify(error, str(path)) from error
        return [str(error) or type(error).__name__]
    return [] if rows == [("ok",)] else [str(row[0]) for row in rows]


def check(path: Path, location: str) -> list[str]:
    """Everything wrong with the SQLite file at ``path`` (empty when it is sound)."""
    try:
        read_revision(path, location)
    except DamagedDatabaseError as error:
        return [error.message()]
    return quick_check(path)


# -- backups


def backup_folder(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def backups_of(path: Path) -> list[Path]:
    """The automatic backups of the database at ``path``, newest first."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    found = [
        candidate
        for candidate in folder.glob(f"{path.stem}-*.db")
        if _kind(path, candidate) is not None
    ]
    return sorted(found, key=lambda candidate: candidate.name, reverse=True)


def _kind(path: Path, backup: Path) -> str | None:
    """The kind of backup ("daily", "before" or "replaced") a file named like ours is."""
    rest = backup.name.removeprefix(f"{path.stem}-").removesuffix(".db")
    parts = rest.split("-", 2)
    if len(parts) < 3 or not (parts[0].isdigit() and parts[1].isdigit()):
        return None
    label = parts[2].split("-", 1)[0]
    return label if label in KEEP else None


def copy_database(source: Path, target: Path, location: str) -> Path:
    """Copy the database at ``source`` to ``target`` with SQLite's backup API, whole and
    checked or not at all; ``DamagedDatabaseError`` when the copy is not sound."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f".{target.name}.part")
    try:
        source_connection = read_only_connection(source)
        try:
            copy = sqlite3.connect(part)
            try:
                source_connection.backup(copy)
                # A plain rollback-journal file: it opens read-only anywhere (a WAL file
                # needs to write beside itself even to be read).
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source_connection.close()
        if quick_check(part):
            raise damaged(location)
        with part.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(part, target)
        _sync_folder(target.parent)
    except sqlite3.Error as error:
        raise _cause(error, source, location) from error
    except OSError as error:
        raise StorageError(
            N_("The backup {file} could not be written: {detail}"),
            file=str(target),
            detail=error.strerror or str(error),
        ) from error
    finally:
        part.unlink(missing_ok=True)
    return target


def automatic_backup(path: Path, label: str, location: str) -> Path:
    """A checked backup of ``path`` in the backups folder, labelled "daily",
    "before-REVISION" or "replaced"; older ones of the same kind beyond ``KEEP`` go."""
    folder = backup_folder(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{stamp}-{label}.db"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{path.stem}-{stamp}-{label}-{number}.db"
    copy_database(path, target, location)
    _prune(path)
    return target


def daily_backup_due(path: Path) -> bool:
    """Whether today has no daily backup of ``path`` yet."""
    today = datetime.now().strftime("%Y%m%d")
    return not any(
        backup.name.startswith(f"{path.stem}-{today}-") and _kind(path, backup) == "daily"
        for backup in backups_of(path)
    )


def _prune(path: Path) -> None:
    seen: dict[str, int] = {}
    for backup in backups_of(path):
        kind = _kind(path, backup)
        assert kind is not None
        seen[kind] = seen.get(kind, 0) + 1
        if seen[kind] > KEEP[kind]:
            backup.unlink(missing_ok=True)
            backup.with_name(backup.name + "-wal").unlink(missing_ok=True)


def check_backup(source: Path, known: set[str] | None = None) -> str:
    """The schema revision of a backup file, once it is found sound and ours; a
    ``StorageError`` saying why it cannot be restored otherwise."""
    location = str(source)
    if not source.is_file():
        raise StorageError(N_("There is no file {file}."), file=location)
    revision = read_revision(source, location)
    if revision is None:
        raise StorageError(FOREIGN, where=location)
    if quick_check(source):
        raise damaged(location)
    if known is not None and revision not in known:
        raise StorageError(
            N_(
                "The backup {file} was written by a newer version of sseassess (schema "
                "{revision}); install that version to restore it."
            ),
            file=location,
            revision=revision,
        )
    return revision


def latest_good_backup(path: Path, known: set[str] | None = None) -> Path | None:
    """The newest automatic backup of ``path`` that is sound and can be restored."""
    for backup in backups_of(path):
        if _kind(path, backup) == "replaced":
            continue
        try:
            check_backup(backup, known)
        except StorageError:
            continue
        return backup
    return None


def restore(path: Path, source: Path, known: set[str] | None = None) -> Path | None:
    """Replace the database at ``path`` by the backup ``source`` (checked first); the
    copy kept of what was replaced, or None when there was no database."""
    check_backup(source, known)
    kept = None
    if path.exists():
        kept = _keep_replaced(path)
    part = path.with_name(f".{path.name}.restoring")
    copy_database(source, part, str(source))
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(part, path)
        _sync_folder(path.parent)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise StorageError(
            N_("The database {where} could not be replaced: {detail}"),
            where=str(path),
            detail=error.strerror or str(error),
        ) from error
    _prune(path)
    return kept


def _keep_replaced(path: Path) -> Path:
    """A plain copy of the database file (and its journal) as it is, damaged or not."""
    folder = backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{stamp}-replaced.db"
    try:
        shutil.copyfile(path, target)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    except OSError as error:
        target.unlink(missing_ok=True)
        raise StorageError(
            N_("A copy of {where} could not be kept before replacing it: {detail}"),
            where=str(path),
            detail=error.strerror or str(error),
        ) from error
    return target


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the system allows it)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
