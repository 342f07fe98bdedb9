"""The row-table base: a model declares its columns once; counts, headers and roles follow."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from sseassess.ui.models.row_table_model import NUMBER, Column, RowTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 7


class Fruits(RowTableModel[tuple[str, int]]):
    NAME, COUNT = range(2)

    def columns(self) -> Sequence[Column[tuple[str, int]]]:
        return (
            Column(
                title=lambda: "Fruit",
                display=lambda row: row[0],
                sort_key=lambda row: row[0].casefold(),
                edit=lambda row: row[0],
                editable=True,
                header_tooltip=lambda: "What it is",
            ),
            Column(
                title=lambda: "Count",
                display=lambda row: str(row[1]),
                tooltip=lambda row: f"{row[1]} of them",
                alignment=NUMBER,
                header_alignment=NUMBER,
            ),
        )

    def row_data(self, row: tuple[str, int], role: int) -> Any:
        return row[0].lower() if role == ID_ROLE else None

    def set_fruits(self, fruits: list[tuple[str, int]]) -> None:
        self._set_rows(fruits)


def test_counts_headers_and_roles_come_from_the_columns(qtmodeltester: ModelTester) -> None:
    model = Fruits()
    model.set_fruits([("Mango", 3), ("apple", 12)])
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.rowCount(model.index(0, 0)) == 0
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(2)] == ["Fruit", "Count"]
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) == "What it is"
    assert model.headerData(1, horizontal, Qt.ItemDataRole.TextAlignmentRole) == int(NUMBER)
    assert model.headerData(0, horizontal, Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(5, horizontal) is None

    mango, count = model.index(0, Fruits.NAME), model.index(0, Fruits.COUNT)
    assert (mango.data(), count.data()) == ("Mango", "3")
    assert mango.data(Qt.ItemDataRole.UserRole) == "mango"
    assert mango.data(Qt.ItemDataRole.EditRole) == "Mango"
    assert mango.data(Qt.ItemDataRole.ToolTipRole) is None
    assert count.data(Qt.ItemDataRole.ToolTipRole) == "3 of them"
    assert count.data(Qt.ItemDataRole.TextAlignmentRole) == int(NUMBER)
    assert mango.data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert count.data(ID_ROLE) == "mango"
    assert model.data(QModelIndex()) is None
    assert model.flags(mango) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(count) & Qt.ItemFlag.ItemIsEditable
    assert model.row(1) == ("apple", 12)


def test_setting_rows_resets_the_model() -> None:
    model = Fruits()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_fruits([("Kiwi", 1)])
    assert resets == [True] and model.rowCount() == 1
