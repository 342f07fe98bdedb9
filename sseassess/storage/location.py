"""Where the database is and which schema revision this version writes.

Imports neither SQLAlchemy nor Alembic, so that start-up can find and read the database
(see :mod:`sseassess.storage.listing`) before those are loaded.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The Alembic revision this version of sseassess writes; a test keeps it equal to the head.
SCHEMA_REVISION = "0005"
ENV_DATABASE_URL = "SSEASSESS_DATABASE_URL"

_SQLITE_PREFIX = "sqlite:///"


def default_database_path() -> Path:
    """The SQLite file in the user's data folder."""
    from platformdirs import user_data_path

    return user_data_path("sseassess", appauthor=False) / "sseassess.db"


def resolve_url(explicit: str | None = None) -> str:
    """The database URL: ``--db``, else ``SSEASSESS_DATABASE_URL``, else the user's file."""
    if explicit:
        return explicit
    from_env = os.environ.get(ENV_DATABASE_URL, "").strip()
    if from_env:
        return from_env
    return f"{_SQLITE_PREFIX}{default_database_path()}"


def plain_sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL; None for anything else.

    Deliberately narrow (no driver name, no query string, no escapes): what it does not
    recognise is left to SQLAlchemy's own URL parsing.
    """
    if not url.startswith(_SQLITE_PREFIX) or any(c in url for c in "?%"):
        return None
    database = url.removeprefix(_SQLITE_PREFIX)
    if database in ("", ":memory:"):
        return None
    return Path(database)
