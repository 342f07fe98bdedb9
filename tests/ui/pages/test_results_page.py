"""The results page: score, band, the reasons for no certificate, and finishing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton, QScrollArea, QTableView
from pytestqt.qtbot import QtBot

from sseassess.app.demo import create_demo
from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile
from sseassess.ui.dialogs.export_dialog import ExportDialog
from sseassess.ui.pages.results_page import ResultsPage
from sseassess.ui.tasks import TaskRunner
from sseassess.ui.widgets.radar_chart import RadarChart

if TYPE_CHECKING:
    from tests.ui.conftest import FindChild

ESSENTIAL_QUESTION = (
    "Do you have a written rule, approved by members, that says surpluses go first to "
    "strengthening the project rather than to paying owners of capital?"
)


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> ResultsPage:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    widget = ResultsPage(workspace, "en", TaskRunner(run_now=True), settings)
    qtbot.addWidget(widget)
    return widget


def test_shows_score_band_and_why_there_is_no_certificate(
    page: ResultsPage, workspace: Workspace
) -> None:
    page.show_assessment(create_demo(workspace))
    assert page.overall_text() == "55.9"
    assert page.band_text() == "Developing"
    assert page.certificate_heading() == "No certificate yet, because:"
    reasons = page.certificate_reasons()
    assert reasons == [
        "The overall score, 55.9, is under the minimum of 60.0.",
        "“Autonomy of management and independence from public authorities” scores 27.8, "
        "under its minimum of 40.0.",
        "“Limited distribution of surpluses and reinvestment” scores 15.9, "
        "under its minimum of 40.0.",
        f"Essential criterion not met: “{ESSENTIAL_QUESTION}” needs at least level 2; "
        "your answer is level 1.",
    ]


def test_incomplete_assessment_says_how_much_is_answered(
    page: ResultsPage, workspace: Workspace
) -> None:
    organization = workspace.add_organization(OrganizationProfile(name="Les Amis"))
    assessment = workspace.start_assessment(organization)
    workspace.save_answer(assessment, Answer("autonomy.single-funder", 4))
    page.show_assessment(assessment)
    reasons = page.certificate_reasons()
    assert reasons[0] == "Not every indicator is answered: 3% answered, 100% needed."
    assert any("has no scored indicator" in reason for reason in reasons)
    # Essential criteria not answered yet are named with the level they need.
    assert any(
        reason.startswith("Essential criterion not met:")
        and reason.endswith("needs at least level 2; it is not answered yet.")
        for reason in reasons
    )


def test_eligible_assessment_says_so(page: ResultsPage, workspace: Workspace) -> None:
    organization = workspace.add_organization(OrganizationProfile(name="Les Amis"))
    assessment = workspace.start_assessment(organization)
    framework = workspace.framework_of(workspace.assessment(assessment))
    workspace.save_answers(assessment, (Answer(i.id, 4) for i in framework.indicators()))
    page.show_assessment(assessment)
    assert page.overall_text() == "100.0"
    assert page.band_text() == "Exemplary"
    assert page.certificate_heading().startswith("A certificate can be issued")
    assert not any("under" in reason for reason in page.certificate_reasons())


def test_radar_and_table_show_every_characteristic(page: ResultsPage, workspace: Workspace) -> None:
    page.show_assessment(create_demo(workspace))
    radar = page.findChild(RadarChart)
    assert radar is not None
    assert len(radar.labels()) == 8
    assert radar.minimums() == [40.0, 40.0, 50.0, 40.0, 40.0, 40.0, 40.0, 40.0]
    assert "27.8" in radar.accessibleDescription()
    table = page.findChild(QTableView)
    assert table is not None and table.model().rowCount() == 8
    assert table.model().index(6, 3).data() == "Below minimum"


def test_finish_then_reopen(
    qtbot: QtBot, page: ResultsPage, workspace: Workspace, child: FindChild
) -> None:
    uuid = create_demo(workspace)
    page.show_assessment(uuid)
    assert page.finish_button_text() == "Finish assessment"
    with qtbot.waitSignal(page.status_changed) as finished:
        qtbot.mouseClick(child(page, QPushButton, "finish"), Qt.MouseButton.LeftButton)
    assert finished.args == ["finished"]
    assert workspace.assessment(uuid).status == "finished"
    assert page.finish_button_text() == "Reopen"
    with qtbot.waitSignal(page.status_changed) as reopened:
        qtbot.mouseClick(child(page, QPushButton, "finish"), Qt.MouseButton.LeftButton)
    assert reopened.args == ["in_progress"]
    assert workspace.assessment(uuid).status == "in_progress"
    assert page.finish_button_text() == "Finish assessment"


def test_a_finished_assessment_opens_with_reopen(page: ResultsPage, workspace: Workspace) -> None:
    uuid = create_demo(workspace)
    workspace.finish(uuid)
    page.show_assessment(uuid)
    assert page.finish_button_text() == "Reopen"


def test_navigation_signals_carry_the_assessment(
    qtbot: QtBot, page: ResultsPage, workspace: Workspace, child: FindChild
) -> None:
    uuid = create_demo(workspace)
    page.show_assessment(uuid)
    with qtbot.waitSignal(page.answers_requested) as answers:
        qtbot.mouseClick(child(page, QPushButton, "back_to_answers"), Qt.MouseButton.LeftButton)
    assert answers.args == [uuid]
    with qtbot.waitSignal(page.action_plan_requested) as plan:
        qtbot.mouseClick(child(page, QPushButton, "action_plan"), Qt.MouseButton.LeftButton)
    assert plan.args == [uuid]
    with qtbot.waitSignal(page.home_requested):
        qtbot.mouseClick(child(page, QPushButton, "home"), Qt.MouseButton.LeftButton)


def test_export_opens_the_export_dialog(
    qtbot: QtBot, page: ResultsPage, workspace: Workspace, child: FindChild
) -> None:
    page.show_assessment(create_demo(workspace))
    page.show()
    qtbot.mouseClick(child(page, QPushButton, "export_pdf"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
    assert not dialog.isVisible()


def test_every_control_has_an_accessible_name(page: ResultsPage, workspace: Workspace) -> None:
    page.show_assessment(create_demo(workspace))
    for button in page.findChildren(QPushButton):
        assert button.accessibleName(), button.text()
    radar = page.findChild(RadarChart)
    assert radar is not None and radar.accessibleName()


def test_fits_a_small_laptop_screen(qtbot: QtBot, page: ResultsPage, workspace: Workspace) -> None:
    """At 1366×768 the page scrolls down, never sideways: nothing is cut on the right."""
    page.show_assessment(create_demo(workspace))
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.widget().width() <= scroll.viewport().width())
    assert scroll.horizontalScrollBar().maximum() == 0
    assert page.minimumSizeHint().width() <= 1366


def test_colours_follow_a_palette_change(page: ResultsPage, workspace: Workspace) -> None:
    """Switching to a dark palette recolours the chart with the new highlight colour."""
    from PySide6.QtGui import QColor, QPalette

    page.show_assessment(create_demo(workspace))
    palette = page.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#3d8ee0"))
    page.setPalette(palette)
    radar = page.findChild(RadarChart)
    assert radar is not None
    assert radar.series()[0].colour == QColor("#3d8ee0")


def test_radar_numbers_its_axes_when_the_names_do_not_fit(qtbot: QtBot) -> None:
    """Long names beside a small chart would overlap: the axes are numbered, with a key."""
    from PySide6.QtGui import QColor

    from sseassess.ui.widgets.radar_chart import RadarSeries

    radar = RadarChart("en")
    qtbot.addWidget(radar)
    labels = [f"A long characteristic name number {n} that needs room" for n in range(8)]
    values: list[float | None] = [10.0, 20.0, None, 40.0, 50.0, 60.0, 70.0, 100.0]
    radar.set_data(labels, [RadarSeries("Now", values, QColor("blue"))])
    radar.resize(radar.minimumSizeHint())
    assert radar.numbered_axes
    radar.grab()  # paints without a warning
    radar.resize(1200, 700)
    assert not radar.numbered_axes
    radar.grab()
    assert "number 2 that needs room: –" in radar.accessibleDescription()
    with pytest.raises(ValueError):
        radar.set_data(labels[:3], [RadarSeries("Now", values, QColor("blue"))])
