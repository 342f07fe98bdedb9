"""What the desktop application reads before the database layer is loaded.

:func:`read_listing` gives the home list through the standard library's sqlite3, or None
when the database must be opened the usual way first (see :mod:`sseassess.storage.listing`).
"""

from __future__ import annotations

from sseassess.storage.listing import Listing, read_listing

__all__ = ["Listing", "read_listing"]
