"""What the About box shows (version, where the data is) and what the desktop files say.

The texts below describe sseassess to a system's software centre and menus: the Linux
desktop entry and AppStream metainfo (``packaging/linux/``) take them, translated through
the gettext catalogs like every text outside Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sseassess import APP_ID, APP_NAME, __version__
from sseassess.domain.text import N_
from sseassess.storage.location import default_database_path, plain_sqlite_file, resolve_url

#: The media type of the files that travel (``.sseassess``), for the system's file types.
MEDIA_TYPE = "application/x-sseassess"
#: Their name in a file manager.
FILE_TYPE = N_("sseassess file")
#: The menu's generic name, under the program's own.
GENERIC_NAME = N_("SSE self-assessment")
#: One line, for menus and software centres.
SUMMARY = N_("Assess a social and solidarity economy organization against the ICSSE charter")
#: Search words of the desktop entry, each followed by a semicolon.
KEYWORDS = N_("cooperative;association;mutual;social economy;solidarity;charter;assessment;")
#: The software centre's description, a paragraph each.
DESCRIPTION = (
    N_(
        "sseassess guides a cooperative, an association, a mutual, a foundation or a social "
        "enterprise through scoring itself against the charter of the International Coalition "
        "of Social and Solidarity Economy, one characteristic at a time."
    ),
    N_(
        "It works offline and keeps every answer on this computer, shows where the "
        "organization stands and how it moved since last time, helps write an action plan, "
        "runs workshops with many participants, and exports a certificate and a full report "
        "in PDF whose verification code reveals any change."
    ),
)

_PASSWORD = re.compile(r"(?<=://)([^:/@]+):[^@/]*@")


@dataclass(frozen=True, slots=True)
class AboutInfo:
    """The facts the About box shows, so that a user can find and keep their data."""

    name: str
    version: str
    app_id: str
    #: Where sseassess keeps its files when no database was named.
    data_folder: Path
    #: The database in use, as the user can read it: a file, or a URL without its password.
    database: str
    #: That database's file, for a SQLite database.
    database_file: Path | None

    @property
    def folder_to_open(self) -> Path:
        """What an "Open folder" button opens: the database's folder, else the data folder."""
        return self.database_file.parent if self.database_file else self.data_folder


def about(database_url: str | None = None) -> AboutInfo:
    """The About facts for the database named (``--db``), else the one in use by default."""
    url = resolve_url(database_url)
    database_file = plain_sqlite_file(url)
    if database_file is not None:
        database_file = database_file.expanduser().absolute()
    return AboutInfo(
        name=APP_NAME,
        version=__version__,
        app_id=APP_ID,
        data_folder=default_database_path().parent,
        database=str(database_file) if database_file else _PASSWORD.sub(r"\1:***@", url),
        database_file=database_file,
    )
