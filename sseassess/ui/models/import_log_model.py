"""Table model of a workshop's import log: what arrived, when, from whom, what it did."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from sseassess.domain.records import ImportLogEntry
from sseassess.i18n import format_datetime
from sseassess.ui.decorators import override
from sseassess.ui.models.row_table_model import Column, RowTableModel
from sseassess.ui.text import arg

# The entry's UUID (to undo it).
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def kind_name(kind: str) -> str:
    """What an entry is, when it has no file name."""
    names = {
        "file": QCoreApplication.translate("ImportLog", "File"),
        "paper": QCoreApplication.translate("ImportLog", "Paper form"),
        "merge": QCoreApplication.translate("ImportLog", "Participants merged"),
        "correction": QCoreApplication.translate("ImportLog", "Correction"),
    }
    return names.get(kind, kind)


def outcome_name(outcome: str) -> str:
    names = {
        "imported": QCoreApplication.translate("ImportLog", "Imported"),
        "updated": QCoreApplication.translate("ImportLog", "Updated"),
        "changed": QCoreApplication.translate("ImportLog", "Changed, as accepted"),
        "unchanged": QCoreApplication.translate("ImportLog", "Unchanged"),
    }
    return names.get(outcome, outcome)


class ImportLogModel(RowTableModel[ImportLogEntry]):
    """One row per import into the workshop, newest first."""

    WHEN, WHAT, WHO, STATUS = range(4)

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def set_entries(self, entries: Sequence[ImportLogEntry]) -> None:
        self._set_rows(entries)

    def entry(self, row: int) -> ImportLogEntry:
        return self.row(row)

    def status_text(self, entry: ImportLogEntry) -> str:
        text = outcome_name(entry.outcome)
        if entry.undone_at is not None:
            return arg(self.tr("%1, then undone"), text)
        return text

    @override
    def columns(self) -> Sequence[Column[ImportLogEntry]]:
        return (
            Column(
                title=lambda: self.tr("When"),
                display=lambda entry: format_datetime(entry.imported_at, self._language),
            ),
            Column(
                title=lambda: self.tr("What"),
                display=lambda entry: entry.source or kind_name(entry.kind),
                tooltip=lambda entry: kind_name(entry.kind),
            ),
            Column(
                title=lambda: self.tr("From whom"),
                display=lambda entry: entry.participant_name or "",
            ),
            Column(title=lambda: self.tr("Status"), display=self.status_text),
        )

    @override
    def row_data(self, row: ImportLogEntry, role: int) -> Any:
        return row.uuid if role == ID_ROLE else None
