"""The comparison tables: what moved between two assessments, which way, and how much."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from sseassess.app.demo import create_demo
from sseassess.app.frameworks import builtin_framework
from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.comparison import Comparison, compare
from sseassess.domain.scoring import score
from sseassess.ui.models.comparison_table_model import (
    DIRECTION_ROLE,
    ID_ROLE,
    CharacteristicDeltaModel,
    IndicatorDeltaModel,
)
from sseassess.ui.palette import bad_colour, good_colour

#: Changes made in the later assessment: four indicators up, one down.
CHANGES = {
    "autonomy.single-funder": 2,  # 0 -> 2
    "surplus-reinvestment.member-rebates": 2,  # 0 -> 2
    "surplus-reinvestment.allocation-rule": 3,  # 1 -> 3
    "surplus-reinvestment.innovation-fund": 1,  # 0 -> 1
    "primacy-of-person.decent-work": 1,  # 2 -> 1
}


@pytest.fixture
def comparison(workspace: Workspace) -> Comparison:
    first = create_demo(workspace)
    record = workspace.assessment(first)
    second = workspace.start_assessment(
        record.organization_uuid, assessed_on=date(2027, 10, 1), copy_from=first
    )
    for indicator, level in CHANGES.items():
        workspace.save_answer(second, Answer(indicator, level))
    return workspace.compare(second, first)[3]


def _row_of(model: CharacteristicDeltaModel | IndicatorDeltaModel, identifier: str) -> int:
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ID_ROLE) == identifier:
            return row
    raise AssertionError(f"no row {identifier!r}")


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, comparison: Comparison) -> None:
    characteristics = CharacteristicDeltaModel("en")
    characteristics.set_comparison(comparison)
    qtmodeltester.check(characteristics)
    indicators = IndicatorDeltaModel("en")
    indicators.set_comparison(comparison)
    qtmodeltester.check(indicators)


def test_characteristic_deltas_show_direction_and_amount(
    qapp: object, comparison: Comparison
) -> None:
    model = CharacteristicDeltaModel("en")
    model.set_comparison(comparison)
    assert model.rowCount() == 8
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Characteristic", "Before", "After", "Change"]

    up = _row_of(model, "autonomy")
    assert model.index(up, model.BEFORE).data() == "27.8"
    assert model.index(up, model.AFTER).data() == "44.4"
    assert model.index(up, model.CHANGE).data() == "▲ +16.7"
    assert model.index(up, model.CHANGE).data(DIRECTION_ROLE) == 1
    assert model.index(up, model.CHANGE).data(Qt.ItemDataRole.ForegroundRole) == good_colour()

    down = _row_of(model, "primacy-of-person")
    assert model.index(down, model.CHANGE).data() == "▼ −5.0"
    assert model.index(down, model.CHANGE).data(DIRECTION_ROLE) == -1
    assert model.index(down, model.CHANGE).data(Qt.ItemDataRole.ForegroundRole) == bad_colour()
    assert model.index(down, model.CHANGE).data(Qt.ItemDataRole.UserRole) == pytest.approx(-5.0)

    same = _row_of(model, "open-membership")
    assert model.index(same, model.CHANGE).data() == "No change"
    assert model.index(same, model.CHANGE).data(DIRECTION_ROLE) == 0
    assert model.index(same, model.CHANGE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_column_titles_can_name_the_dates(qapp: object, comparison: Comparison) -> None:
    model = CharacteristicDeltaModel("en")
    model.set_comparison(comparison)
    model.set_column_titles("Before (Oct 15, 2026)", "After (Oct 1, 2027)")
    assert model.headerData(model.BEFORE, Qt.Orientation.Horizontal) == "Before (Oct 15, 2026)"
    assert model.headerData(model.AFTER, Qt.Orientation.Horizontal) == "After (Oct 1, 2027)"


def test_indicators_show_changed_only_by_default(qapp: object, comparison: Comparison) -> None:
    model = IndicatorDeltaModel("en")
    model.set_comparison(comparison)
    assert model.changed_only
    assert sorted(model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())) == sorted(
        CHANGES
    )
    model.set_changed_only(False)
    assert model.rowCount() == model.total_count() == len(comparison.indicators)
    model.set_changed_only(True)
    assert model.rowCount() == len(CHANGES)


def test_indicator_levels_and_their_change(qapp: object, comparison: Comparison) -> None:
    model = IndicatorDeltaModel("en")
    model.set_comparison(comparison)
    up = _row_of(model, "autonomy.single-funder")
    assert model.index(up, model.NAME).data().startswith("Could your organization carry on")
    assert (model.index(up, model.BEFORE).data(), model.index(up, model.AFTER).data()) == (
        "0",
        "2",
    )
    assert model.index(up, model.CHANGE).data() == "▲ +2"
    assert model.index(up, model.AFTER).data(Qt.ItemDataRole.ForegroundRole) == good_colour()
    down = _row_of(model, "primacy-of-person.decent-work")
    assert model.index(down, model.CHANGE).data() == "▼ −1"
    assert model.index(down, model.CHANGE).data(DIRECTION_ROLE) == -1
    assert model.index(down, model.CHANGE).data(Qt.ItemDataRole.ForegroundRole) == bad_colour()
    tooltip = model.index(down, model.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "Before: level 2:" in tooltip and "After: level 1:" in tooltip


def test_newly_answered_and_no_longer_answered(qapp: object) -> None:
    framework, _content = builtin_framework()
    before = {"autonomy.single-funder": Answer("autonomy.single-funder", 1)}
    after = {"democratic-control.board-elections": Answer("democratic-control.board-elections", 3)}
    comparison = compare(
        framework, score(framework, before), score(framework, after), before, after
    )
    model = IndicatorDeltaModel("en")
    model.set_comparison(comparison)
    assert model.rowCount() == 2
    gone = _row_of(model, "autonomy.single-funder")
    new = _row_of(model, "democratic-control.board-elections")
    assert model.index(gone, model.CHANGE).data() == "No longer answered"
    assert model.index(gone, model.AFTER).data() == "–"
    assert model.index(new, model.CHANGE).data() == "Newly answered"
    assert model.index(new, model.CHANGE).data(DIRECTION_ROLE) is None

    characteristics = CharacteristicDeltaModel("en")
    characteristics.set_comparison(comparison)
    row = _row_of(characteristics, "democratic-control")
    assert characteristics.index(row, characteristics.CHANGE).data() == "Newly scored"


def test_numbers_follow_the_language(qapp: object, comparison: Comparison) -> None:
    model = CharacteristicDeltaModel("fr")
    model.set_comparison(comparison)
    assert model.index(_row_of(model, "autonomy"), model.CHANGE).data() == "▲ +16,7"
