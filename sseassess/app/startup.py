"""What the desktop application and the command line need before the database is open.

:func:`read_listing` gives the home list through the standard library's sqlite3, or None
when the database must be opened the usual way first (see :mod:`sseassess.storage.listing`).
"""

from __future__ import annotations

import os

from sseassess.storage.listing import Listing, read_listing
from sseassess.storage.location import ENV_DATABASE_URL

__all__ = ["Listing", "database_was_named", "read_listing"]


def database_was_named(explicit: str | None) -> bool:
    """True when the user named a database (``--db URL`` or ``SSEASSESS_DATABASE_URL``)
    rather than using the default file in their data folder."""
    return bool(explicit or os.environ.get(ENV_DATABASE_URL, "").strip())
