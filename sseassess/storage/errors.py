"""Database errors the user can act on, told apart by SQLite error code or PostgreSQL SQLSTATE.

A driver's English message text is never parsed: SQLite gives a numeric result code
(``sqlite3.Error.sqlite_errorcode``), PostgreSQL a five-character SQLSTATE (psycopg's
``sqlstate``). What is neither known nor actionable stays a plain ``StorageError`` that
carries the driver's own words.
"""

from __future__ import annotations

from enum import StrEnum

from sseassess.domain.text import N_, TranslatableError


class StorageError(TranslatableError):
    """A database problem the user can do something about (disk full, read-only, locked)."""


class DatabaseBusyError(StorageError):
    """Another connection holds a lock longer than the busy timeout: worth trying again."""


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of sseassess; it is left untouched."""


class DamagedDatabaseError(StorageError):
    """The database file is damaged (SQLite says it is corrupt or not a database)."""


class ChangedElsewhereError(StorageError):
    """The assessment changed elsewhere (another window, program or computer) since the
    revision the caller last read; nothing was written."""


class NotFoundError(TranslatableError):
    """No organization, assessment, participant or file matches what the user named."""


class Cause(StrEnum):
    """Why a database operation failed, as far as the user is concerned."""

    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    BUSY = "busy"
    CANNOT_OPEN = "cannot-open"
    DAMAGED = "damaged"
    IO = "input-output"
    OTHER = "other"


# SQLite primary result codes (https://sqlite.org/rescode.html); extended codes keep the
# primary code in their low byte.
_SQLITE_CAUSES = {
    3: Cause.READ_ONLY,  # SQLITE_PERM
    5: Cause.BUSY,  # SQLITE_BUSY
    6: Cause.BUSY,  # SQLITE_LOCKED
    8: Cause.READ_ONLY,  # SQLITE_READONLY
    10: Cause.IO,  # SQLITE_IOERR
    11: Cause.DAMAGED,  # SQLITE_CORRUPT
    13: Cause.DISK_FULL,  # SQLITE_FULL
    14: Cause.CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: Cause.DAMAGED,  # SQLITE_NOTADB
}

# PostgreSQL SQLSTATE codes, whole or by class (their first two characters).
_SQLSTATE_CAUSES = {
    "53100": Cause.DISK_FULL,  # disk_full
    "25006": Cause.READ_ONLY,  # read_only_sql_transaction
    "42501": Cause.READ_ONLY,  # insufficient_privilege
    "55P03": Cause.BUSY,  # lock_not_available
    "40P01": Cause.BUSY,  # deadlock_detected
    "40001": Cause.BUSY,  # serialization_failure
    "57P03": Cause.CANNOT_OPEN,  # cannot_connect_now
    "3D000": Cause.CANNOT_OPEN,  # invalid_catalog_name
    "XX001": Cause.DAMAGED,  # data_corrupted
    "XX002": Cause.DAMAGED,  # index_corrupted
    "08": Cause.CANNOT_OPEN,  # connection exceptions
    "28": Cause.CANNOT_OPEN,  # invalid authorization
}


def cause_of(driver_error: BaseException | None) -> Cause:
    """The cause of a driver's exception (``DBAPIError.orig``), by its code."""
    code = getattr(driver_error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _SQLITE_CAUSES.get(code & 0xFF, Cause.OTHER)
    state = getattr(driver_error, "sqlstate", None) or getattr(driver_error, "pgcode", None)
    if isinstance(state, str):
        return _SQLSTATE_CAUSES.get(state) or _SQLSTATE_CAUSES.get(state[:2], Cause.OTHER)
    kind = type(driver_error)
    if kind.__module__.startswith("psycopg") and kind.__name__ == "OperationalError":
        return Cause.CANNOT_OPEN  # no SQLSTATE: the server was never reached
    return Cause.OTHER


def classify(driver_error: BaseException | None, where: str) -> StorageError:
    """The error to show the user for a driver's exception at ``where``."""
    cause = cause_of(driver_error)
    if cause is Cause.DISK_FULL:
        return StorageError(
            N_("The disk is full: free some space and try again ({where})."), where=where
        )
    if cause is Cause.READ_ONLY:
        return StorageError(N_("The database is read-only: {where}"), where=where)
    if cause is Cause.BUSY:
        return DatabaseBusyError(
            N_("The database is in use by another program; close it and try again ({where})."),
            where=where,
        )
    if cause is Cause.CANNOT_OPEN:
        return StorageError(N_("The database cannot be opened: {where}"), where=where)
    if cause is Cause.DAMAGED:
        return damaged(where)
    if cause is Cause.IO:
        return StorageError(
            N_(
                "The database could not be read or written: the disk may be full, removed or "
                "failing ({where})."
            ),
            where=where,
        )
    return StorageError(
        N_("The database reported an error: {detail} ({where})"),
        detail=str(driver_error),
        where=where,
    )


def damaged(where: str) -> DamagedDatabaseError:
    """The error that says the database file is damaged."""
    return DamagedDatabaseError(
        N_(
            "The database file is damaged: {where}. Restore the latest good backup "
            '(in the application: File › Restore…; on the command line: "sseassess db restore '
            'FILE").'
        ),
        where=where,
    )


def is_busy(error: BaseException) -> bool:
    """Whether a driver's exception says another connection holds a lock (worth a retry)."""
    return cause_of(error) is Cause.BUSY
