"""Table model of the changes an import would make: indicator, whose answer, before, after."""

from __future__ import annotations

from collections.abc import Sequence

from sseassess.app.changes import ChangeLine
from sseassess.ui.decorators import override
from sseassess.ui.models.row_table_model import Column, RowTableModel


class ChangeTableModel(RowTableModel[ChangeLine]):
    """One row per answer an import would change, as the user is asked to accept it."""

    INDICATOR, WHOSE, BEFORE, AFTER = range(4)

    def set_changes(self, lines: Sequence[ChangeLine]) -> None:
        self._set_rows(lines)

    @override
    def columns(self) -> Sequence[Column[ChangeLine]]:
        return (
            Column(
                title=lambda: self.tr("Indicator"),
                display=lambda line: line.number,
                tooltip=lambda line: line.indicator_id,
            ),
            Column(title=lambda: self.tr("Whose answer"), display=lambda line: line.whose),
            Column(title=lambda: self.tr("Now"), display=lambda line: line.before),
            Column(title=lambda: self.tr("After the import"), display=lambda line: line.after),
        )
