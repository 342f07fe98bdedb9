"""The base of table models whose rows are records and whose columns are declared once.

A model lists its :class:`Column` s (header text, what each role shows, alignment) in
:meth:`RowTableModel.columns`, in the order of its column numbers; the base answers
``rowCount``, ``columnCount``, ``headerData``, ``flags`` and ``data`` from them. Roles that
belong to the row whatever the column (its id, its status) come from
:meth:`RowTableModel.row_data`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from sseassess.ui.decorators import override

_Index = QModelIndex | QPersistentModelIndex
_Row = TypeVar("_Row")

#: Numbers: right-aligned, in the middle of their line.
NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

_ROLES: dict[int, str] = {
    Qt.ItemDataRole.DisplayRole: "display",
    Qt.ItemDataRole.EditRole: "edit",
    Qt.ItemDataRole.UserRole: "sort_key",
    Qt.ItemDataRole.ToolTipRole: "tooltip",
    Qt.ItemDataRole.AccessibleTextRole: "accessible",
    Qt.ItemDataRole.ForegroundRole: "foreground",
    Qt.ItemDataRole.FontRole: "font",
    Qt.ItemDataRole.DecorationRole: "decoration",
}


@dataclass(frozen=True, slots=True)
class Column(Generic[_Row]):
    """One column: its header text and what a row shows in it, role by role.

    A role without a function shows nothing (``None``). ``sort_key`` answers
    ``Qt.UserRole``, the raw value views sort on; ``edit`` answers ``Qt.EditRole`` and
    ``editable`` lets the view edit the cell (the model's ``setData`` saves it).
    """

    title: Callable[[], str]
    display: Callable[[_Row], Any]
    sort_key: Callable[[_Row], Any] | None = None
    tooltip: Callable[[_Row], Any] | None = None
    accessible: Callable[[_Row], Any] | None = None
    foreground: Callable[[_Row], Any] | None = None
    font: Callable[[_Row], Any] | None = None
    decoration: Callable[[_Row], Any] | None = None
    edit: Callable[[_Row], Any] | None = None
    editable: bool = False
    #: How the cells and the header align their text (None: the view's default).
    alignment: Qt.AlignmentFlag | None = None
    header_alignment: Qt.AlignmentFlag | None = None
    header_tooltip: Callable[[], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[_Row]):
    """A table with one row per record; see the module's description."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._columns: tuple[Column[_Row], ...] = tuple(self.columns())

    def columns(self) -> Sequence[Column[_Row]]:
        """The columns, in the order of the model's column numbers."""
        raise NotImplementedError

    def row_data(self, row: _Row, role: int) -> Any:
        """What ``row`` answers for a role of its own, in any column (None: nothing)."""
        return None

    def row(self, row: int) -> _Row:
        return self._rows[row]

    def _set_rows(self, rows: Iterable[_Row]) -> None:
        """Show these rows instead (a model reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _row_changed(self, row: int) -> None:
        """Every cell of ``row`` shows something new."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    # -- Qt model

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    @override
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tooltip is not None:
            return column.header_tooltip()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.header_alignment is not None:
            return int(column.header_alignment)
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        name = _ROLES.get(role)
        if name is not None:
            shown = getattr(column, name)
            return shown(row) if shown is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment) if column.alignment is not None else None
        return self.row_data(row, role)
