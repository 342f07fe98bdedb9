"""Every setting the desktop application keeps, declared once with its key, type and default.

Views read and write a setting through its declaration here (``LANGUAGE.get(settings)``),
never through a key typed again. The ``QSettings`` object itself still comes in through
constructors, so that tests give each view a settings file of their own.

This module is imported at start-up: no dataclasses, and Qt classes only where used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class Setting:
    """A key of the settings file, removed as a whole."""

    __slots__ = ("key",)

    def __init__(self, key: str) -> None:
        self.key = key

    def remove(self, settings: QSettings) -> None:
        settings.remove(self.key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r})"


class TextSetting(Setting):
    """A piece of text; ``default`` when nothing (or something else than text) is stored."""

    __slots__ = ("default",)

    def __init__(self, key: str, default: str = "") -> None:
        super().__init__(key)
        self.default = default

    def get(self, settings: QSettings) -> str:
        value = settings.value(self.key)
        return value if isinstance(value, str) else self.default

    def set(self, settings: QSettings, value: str) -> None:
        settings.setValue(self.key, value)


class FlagSetting(Setting):
    """Yes or no; ``default`` when nothing is stored."""

    __slots__ = ("default",)

    def __init__(self, key: str, default: bool = False) -> None:
        super().__init__(key)
        self.default = default

    def get(self, settings: QSettings) -> bool:
        return bool(settings.value(self.key, self.default, type=bool))

    def set(self, settings: QSettings, value: bool) -> None:
        settings.setValue(self.key, value)


class BytesSetting(Setting):
    """Bytes Qt saved (a window's geometry); None when nothing usable is stored."""

    __slots__ = ()

    def get(self, settings: QSettings) -> QByteArray | None:
        value = settings.value(self.key)
        return value if isinstance(value, QByteArray) else None

    def set(self, settings: QSettings, value: QByteArray) -> None:
        settings.setValue(self.key, value)


class FolderSetting(TextSetting):
    """A folder the user chose last time, to start from the next time."""

    __slots__ = ()

    def folder(self, settings: QSettings) -> Path:
        """The folder kept here if it still exists, else the Documents folder."""
        remembered = self.get(settings)
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        return documents_folder()

    def set_folder(self, settings: QSettings, folder: Path) -> None:
        self.set(settings, str(folder))


class PathsSetting(Setting):
    """A list of files, one path a line (a list Qt would store differently on each system);
    an empty list when nothing is stored."""

    __slots__ = ()

    def get(self, settings: QSettings) -> list[Path]:
        value = settings.value(self.key)
        lines = value.splitlines() if isinstance(value, str) else []
        return [Path(line) for line in lines if line.strip()]

    def set(self, settings: QSettings, paths: list[Path]) -> None:
        settings.setValue(self.key, "\n".join(str(path) for path in paths))


def documents_folder() -> Path:
    """The user's Documents folder (their home folder if the system has none)."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


#: The language of the interface, as last chosen in the Language menu ("" for the system's).
LANGUAGE = TextSetting("language")
#: The main window's size and place.
WINDOW_GEOMETRY = BytesSetting("main_window/geometry")
#: The assessment open in the wizard when the window closed ("" when none): reopened at start.
SESSION_ASSESSMENT = TextSetting("session/assessment")
#: The organization or assessment last selected on the home page.
HOME_SELECTION = TextSetting("home/last")
#: Where PDF files, paper questionnaires and exported answers were last saved.
EXPORT_FOLDER = FolderSetting("export/folder")
#: Where the database was last backed up to (File › Back up…).
BACKUP_FOLDER = FolderSetting("backup/folder")
#: Where evidence files were last added from.
EVIDENCE_FOLDER = FolderSetting("evidence/folder")
#: Where participants' answer files were last collected from.
COLLECT_FOLDER = FolderSetting("exchange/collect_folder")
#: Where this laptop's answers were last sent to.
SEND_FOLDER = FolderSetting("exchange/send_folder")
#: The name a participant sends their answers under (the same each time).
PARTICIPANT_NAME = TextSetting("exchange/participant_name")
#: The role a participant sends their answers with ("" when not given).
PARTICIPANT_ROLE = TextSetting("exchange/participant_role")
#: Show participants' names in the workshop view (True) or "Participant 1, 2, …" (False).
SHOW_NAMES = FlagSetting("workshop/show_names")
#: The issuer certificates a reviewer trusts in File › Verify a PDF….
TRUSTED_ISSUERS = PathsSetting("verify/trusted")
#: The issuer's signed registry last given to Verify a PDF ("" for none).
VERIFY_REGISTRY = TextSetting("verify/registry")
#: Where PDFs to verify, and issuer certificates, were last chosen from.
VERIFY_FOLDER = FolderSetting("verify/folder")
#: The issuer's folder a secretariat last opened ("" for none).
ISSUER_FOLDER = TextSetting("issuer/folder")
#: Where members' submissions were last chosen from.
SUBMISSION_FOLDER = FolderSetting("issuer/submissions")
