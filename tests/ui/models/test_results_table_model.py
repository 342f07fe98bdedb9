"""The results table: each characteristic's score, minimum and status, as a user reads them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QIcon
from pytestqt.modeltest import ModelTester

from sseassess.app.demo import create_demo
from sseassess.app.frameworks import builtin_framework
from sseassess.app.workspace import Workspace
from sseassess.domain.scoring import ScoreResult, score
from sseassess.ui.models.results_table_model import ID_ROLE, STATUS_ROLE, CharacteristicResultsModel
from sseassess.ui.palette import bad_colour, good_colour

AUTONOMY = "Autonomy of management and independence from public authorities"
SURPLUS = "Limited distribution of surpluses and reinvestment"


def _demo_result(workspace: Workspace) -> ScoreResult:
    return workspace.result(create_demo(workspace))[2]


def _row(model: CharacteristicResultsModel, name: str) -> int:
    for row in range(model.rowCount()):
        if model.index(row, model.CHARACTERISTIC).data() == name:
            return row
    raise AssertionError(f"no row {name!r}")


def test_passes_the_model_tester(qtmodeltester: ModelTester, workspace: Workspace) -> None:
    model = CharacteristicResultsModel("en", _demo_result(workspace))
    qtmodeltester.check(model)


def test_one_row_per_characteristic_with_four_named_columns(
    qapp: object, workspace: Workspace
) -> None:
    model = CharacteristicResultsModel("en", _demo_result(workspace))
    assert model.rowCount() == 8
    assert model.columnCount() == 4
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Characteristic", "Score", "Minimum", "Status"]
    assert model.index(0, 0).data() == "Primacy of the person and the social mission over capital"
    assert model.index(0, 0).data(ID_ROLE) == "primacy-of-person"


def test_below_minimum_is_said_coloured_and_marked(qapp: object, workspace: Workspace) -> None:
    model = CharacteristicResultsModel("en", _demo_result(workspace))
    row = _row(model, AUTONOMY)
    assert model.index(row, model.SCORE).data() == "27.8"
    assert model.index(row, model.MINIMUM).data() == "40.0"
    status = model.index(row, model.STATUS)
    assert status.data() == "Below minimum"
    assert status.data(STATUS_ROLE) == "below"
    assert status.data(Qt.ItemDataRole.ForegroundRole) == bad_colour()
    assert model.index(row, model.SCORE).data(Qt.ItemDataRole.ForegroundRole) == bad_colour()
    icon = status.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()

    met = model.index(0, model.STATUS)
    assert met.data() == "Meets minimum"
    assert met.data(Qt.ItemDataRole.ForegroundRole) == good_colour()
    assert model.index(0, model.SCORE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert good_colour() != bad_colour()


def test_tooltip_counts_answers(qapp: object, workspace: Workspace) -> None:
    result = _demo_result(workspace)
    model = CharacteristicResultsModel("en", result)
    for row, item in enumerate(result.characteristics):
        tooltip = model.index(row, model.SCORE).data(Qt.ItemDataRole.ToolTipRole)
        assert item.characteristic.name.get("en") in tooltip
        assert f"Answered: {item.answered} of {item.total}" in tooltip
        if item.not_applicable:
            assert f"Not applicable: {item.not_applicable}" in tooltip
    assert any(item.not_applicable for item in result.characteristics)


def test_sorting_uses_raw_values(qapp: object, workspace: Workspace) -> None:
    """Sorting by score puts the weakest first, whatever the text looks like."""
    model = CharacteristicResultsModel("en", _demo_result(workspace))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    proxy.sort(model.SCORE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(2)] == [SURPLUS, AUTONOMY]
    assert isinstance(model.index(0, model.SCORE).data(Qt.ItemDataRole.UserRole), float)
    proxy.sort(model.STATUS, Qt.SortOrder.AscendingOrder)
    assert {proxy.index(r, 0).data() for r in range(2)} == {SURPLUS, AUTONOMY}


def test_nothing_answered_is_not_scored(qapp: object) -> None:
    framework, _content = builtin_framework()
    model = CharacteristicResultsModel("en", score(framework, {}))
    index = model.index(0, model.STATUS)
    assert index.data() == "Not scored"
    assert index.data(STATUS_ROLE) == "not_scored"
    assert model.index(0, model.SCORE).data() == "–"
    assert model.index(0, model.SCORE).data(Qt.ItemDataRole.UserRole) == -1.0
    assert "Not answered yet: 5" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_numbers_follow_the_language(qapp: object, workspace: Workspace) -> None:
    english = CharacteristicResultsModel("en", _demo_result(workspace))
    french = CharacteristicResultsModel("fr", _demo_result(workspace))
    assert french.index(_row(english, AUTONOMY), french.SCORE).data() == "27,8"


def test_set_result_replaces_the_rows(qapp: object, workspace: Workspace) -> None:
    model = CharacteristicResultsModel("en")
    assert model.rowCount() == 0
    model.set_result(_demo_result(workspace))
    assert model.rowCount() == 8
    model.set_result(None)
    assert model.rowCount() == 0
    assert model.data(QModelIndex()) is None
