"""The comparison page: overall before → after, both on one radar, what moved and how."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from sseassess.app.demo import create_demo
from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile
from sseassess.domain.text import InputError
from sseassess.ui.models.comparison_table_model import DIRECTION_ROLE
from sseassess.ui.pages.compare_page import ComparePage
from sseassess.ui.widgets.radar_chart import RadarChart

if TYPE_CHECKING:
    from tests.ui.conftest import FindChild

CHANGES = {
    "autonomy.single-funder": 2,
    "surplus-reinvestment.member-rebates": 2,
    "surplus-reinvestment.allocation-rule": 3,
    "surplus-reinvestment.innovation-fund": 1,
    "primacy-of-person.decent-work": 1,
}


@pytest.fixture
def pair(workspace: Workspace) -> tuple[str, str]:
    """The demo assessment and a later one with four indicators up and one down."""
    first = create_demo(workspace)
    record = workspace.assessment(first)
    second = workspace.start_assessment(
        record.organization_uuid, assessed_on=date(2027, 10, 1), copy_from=first
    )
    for indicator, level in CHANGES.items():
        workspace.save_answer(second, Answer(indicator, level))
    return first, second


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace) -> ComparePage:
    widget = ComparePage(workspace, "en")
    qtbot.addWidget(widget)
    return widget


def test_overall_before_after_and_change(page: ComparePage, pair: tuple[str, str]) -> None:
    first, second = pair
    page.show_comparison(second, first)  # any order: the earlier one comes first
    assert page.overall_text() == "55.9 → 61.3 ▲ +5.4"


def test_both_assessments_on_one_radar_the_earlier_dashed(
    page: ComparePage, pair: tuple[str, str]
) -> None:
    page.show_comparison(*pair)
    radar = page.findChild(RadarChart)
    assert radar is not None
    before, after = radar.series()
    assert before.dashed and not after.dashed
    assert "Oct 15, 2026" in before.name and "Oct 1, 2027" in after.name
    assert before.values[6] == pytest.approx(27.8, abs=0.05)
    assert after.values[6] == pytest.approx(44.4, abs=0.05)


def test_characteristic_deltas_and_their_direction(
    page: ComparePage, pair: tuple[str, str]
) -> None:
    page.show_comparison(*pair)
    model = page.characteristic_model
    changes = {
        model.index(row, 0).data(): (
            model.index(row, model.CHANGE).data(),
            model.index(row, model.CHANGE).data(DIRECTION_ROLE),
        )
        for row in range(model.rowCount())
    }
    assert changes["Autonomy of management and independence from public authorities"] == (
        "▲ +16.7",
        1,
    )
    assert changes["Primacy of the person and the social mission over capital"] == ("▼ −5.0", -1)
    assert changes["Voluntary and open membership"] == ("No change", 0)


def test_indicators_changed_only_by_default_then_all(
    page: ComparePage, pair: tuple[str, str]
) -> None:
    page.show_comparison(*pair)
    combo = page.findChild(QComboBox, "indicator_filter")
    assert combo is not None
    assert combo.currentText() == "Changed indicators only"
    model = page.indicator_model
    assert model.rowCount() == len(CHANGES)
    directions = sorted(model.index(r, 0).data(DIRECTION_ROLE) for r in range(model.rowCount()))
    assert directions == [-1, 1, 1, 1, 1]
    combo.setCurrentIndex(combo.findText("All indicators"))
    assert model.rowCount() == model.total_count() > len(CHANGES)


def test_identical_assessments_say_nothing_changed(page: ComparePage, workspace: Workspace) -> None:
    first = create_demo(workspace)
    record = workspace.assessment(first)
    second = workspace.start_assessment(record.organization_uuid, copy_from=first)
    page.show_comparison(first, second)
    assert page.indicator_model.rowCount() == 0
    assert page.overall_text() == "55.9 → 55.9 No change"


def test_assessments_of_two_organizations_cannot_be_compared(
    page: ComparePage, workspace: Workspace
) -> None:
    first = create_demo(workspace)
    other = workspace.start_assessment(
        workspace.add_organization(OrganizationProfile(name="Other"))
    )
    with pytest.raises(InputError):
        page.show_comparison(first, other)


def test_home_button(
    qtbot: QtBot, page: ComparePage, pair: tuple[str, str], child: FindChild
) -> None:
    page.show_comparison(*pair)
    home = child(page, QPushButton, "home")
    assert home.accessibleName()
    with qtbot.waitSignal(page.home_requested):
        qtbot.mouseClick(home, Qt.MouseButton.LeftButton)


def test_fits_a_small_laptop_screen(qtbot: QtBot, page: ComparePage, pair: tuple[str, str]) -> None:
    page.show_comparison(*pair)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.widget().width() <= scroll.viewport().width())
    assert scroll.horizontalScrollBar().maximum() == 0
