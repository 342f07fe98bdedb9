"""Right to left (Arabic, Hebrew...): arrows and charts follow the reading direction.

Hebrew stands in for a right-to-left language without catalogs of ours: Qt has its own
catalog for it, and the application switches by the language code alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings, Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sseassess.app.demo import create_demo
from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import ActionItem
from sseassess.ui.application import install_translators
from sseassess.ui.models.action_table_model import ActionTableModel
from sseassess.ui.pages.action_plan_page import ActionPlanPage
from sseassess.ui.pages.assessment_page import AssessmentPage
from sseassess.ui.pages.compare_page import ComparePage
from sseassess.ui.tasks import TaskRunner
from sseassess.ui.widgets.histogram import LevelHistogram
from sseassess.ui.widgets.radar_chart import RadarChart, RadarSeries

if TYPE_CHECKING:
    from tests.ui.conftest import FindChild

RIGHT_TO_LEFT = Qt.LayoutDirection.RightToLeft
LEFT_TO_RIGHT = Qt.LayoutDirection.LeftToRight


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


@pytest.fixture(params=[LEFT_TO_RIGHT, RIGHT_TO_LEFT], ids=["ltr", "rtl"])
def direction(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Qt.LayoutDirection]:
    """The application's direction for the test (tests/conftest.py puts it back)."""
    _app().setLayoutDirection(request.param)
    yield request.param


def _same_icon(icon: QIcon, arrow: QStyle.StandardPixmap, widget: QWidget) -> bool:
    size = widget.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    expected = widget.style().standardIcon(arrow).pixmap(size).toImage()
    return bool(icon.pixmap(size).toImage() == expected)


def _share_on_the_right(image: QImage, colour: QColor) -> float:
    """Of the pixels close to ``colour``, the share in the right half of the image."""
    left = right = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                < 60
            ):
                if x >= image.width() / 2:
                    right += 1
                else:
                    left += 1
    assert left + right > 20, "the colour is drawn"
    return right / (left + right)


def test_the_language_sets_direction_qt_catalog_and_locale(qapp: QApplication) -> None:
    app = qapp
    translators = install_translators(app, "he")
    try:
        assert app.layoutDirection() == RIGHT_TO_LEFT
        assert QLocale().language() == QLocale.Language.Hebrew
        assert translators, "Qt's own Hebrew catalog"
        assert QApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    translators = install_translators(app, "fr")
    try:
        assert app.layoutDirection() == LEFT_TO_RIGHT
        assert QLocale().name() == "fr_FR"
        assert QLocale().monthName(11) == "novembre"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_previous_and_next_point_the_way_of_reading(
    qtbot: QtBot,
    workspace: Workspace,
    tmp_path: Path,
    direction: Qt.LayoutDirection,
    child: FindChild,
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = AssessmentPage(workspace, "en", settings, runner=TaskRunner(run_now=True))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    page.open_assessment(create_demo(workspace))
    previous = child(page, QPushButton, "previous")
    following = child(page, QPushButton, "next")
    assert "▶" not in following.text() and "◀" not in previous.text()
    rtl = direction == RIGHT_TO_LEFT
    left, right = QStyle.StandardPixmap.SP_ArrowLeft, QStyle.StandardPixmap.SP_ArrowRight
    assert _same_icon(previous.icon(), right if rtl else left, page)
    assert _same_icon(following.icon(), left if rtl else right, page)
    # Next's arrow comes after its text: on the right left to right, on the left otherwise.
    assert following.layoutDirection() != direction
    # Alt+→ goes to the page on the right: the next one, or right to left the previous one.
    page.go(+1)
    assert page.current_characteristic == 1
    focused = QApplication.focusWidget() or page
    qtbot.keyClick(focused, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.current_characteristic == (0 if rtl else 2)
    page.go(1 if rtl else -1)
    focused = QApplication.focusWidget() or page
    qtbot.keyClick(focused, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.current_characteristic == (2 if rtl else 0)


def test_the_arrows_turn_when_the_direction_changes(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, child: FindChild
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = AssessmentPage(workspace, "en", settings, runner=TaskRunner(run_now=True))
    qtbot.addWidget(page)
    page.show()
    page.open_assessment(create_demo(workspace))
    help_button = child(page, QToolButton, "help")
    assert help_button.arrowType() == Qt.ArrowType.RightArrow
    _app().setLayoutDirection(RIGHT_TO_LEFT)
    assert help_button.arrowType() == Qt.ArrowType.LeftArrow
    following = child(page, QPushButton, "next")
    assert _same_icon(following.icon(), QStyle.StandardPixmap.SP_ArrowLeft, page)
    help_button.click()
    assert help_button.arrowType() == Qt.ArrowType.DownArrow
    help_button.click()
    assert help_button.arrowType() == Qt.ArrowType.LeftArrow


def test_radar_turns_counter_clockwise_right_to_left(
    qtbot: QtBot, direction: Qt.LayoutDirection
) -> None:
    """Only the second axis has a score: clockwise, it is right of the first (which
    points up); counter-clockwise, left of it."""
    chart = RadarChart("en")
    qtbot.addWidget(chart)
    chart.resize(500, 400)
    colour = QColor(200, 0, 200)
    labels = ["One", "Two", "Three", "Four", "Five", "Six"]
    chart.set_data(labels, [RadarSeries("Now", [0, 100, 0, 0, 0, 0], colour)])
    share = _share_on_the_right(chart.grab().toImage(), colour)
    if direction == RIGHT_TO_LEFT:
        assert share < 0.2
    else:
        assert share > 0.8


def test_histogram_runs_from_level_0_on_the_reading_side(
    qtbot: QtBot, direction: Qt.LayoutDirection
) -> None:
    histogram = LevelHistogram("en")
    qtbot.addWidget(histogram)
    histogram.resize(300, 150)
    histogram.set_counts([6, 1, 0, 0, 0])
    colour = histogram.palette().color(histogram.palette().ColorRole.Highlight)
    share = _share_on_the_right(histogram.grab().toImage(), colour)
    if direction == RIGHT_TO_LEFT:
        assert share > 0.8
    else:
        assert share < 0.2


def test_histogram_delegate_follows_the_view(qtbot: QtBot) -> None:
    from PySide6.QtGui import QPainter, QStandardItem, QStandardItemModel

    from sseassess.ui.widgets.histogram import HistogramDelegate

    role = Qt.ItemDataRole.UserRole + 7
    model = QStandardItemModel(1, 1)
    item = QStandardItem()
    item.setData((6, 1, 0, 0, 0), role)
    model.setItem(0, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = HistogramDelegate(role, "en", view)
    colour = view.palette().color(view.palette().ColorRole.Highlight)
    shares = {}
    for way in (LEFT_TO_RIGHT, RIGHT_TO_LEFT):
        image = QImage(200, 60, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        option = QStyleOptionViewItem()
        option.rect = image.rect()
        option.direction = way
        option.palette = view.palette()
        option.font = view.font()
        painter = QPainter(image)
        delegate.paint(painter, option, model.index(0, 0))
        painter.end()
        shares[way] = _share_on_the_right(image, colour)
    assert shares[LEFT_TO_RIGHT] < 0.2 and shares[RIGHT_TO_LEFT] > 0.8


def test_compare_arrows_point_from_before_to_after(
    qtbot: QtBot, workspace: Workspace, direction: Qt.LayoutDirection
) -> None:
    first = create_demo(workspace)
    record = workspace.assessment(first)
    second = workspace.start_assessment(
        record.organization_uuid, assessed_on=date(2027, 10, 1), copy_from=first
    )
    workspace.save_answer(second, Answer("autonomy.single-funder", 2))
    page = ComparePage(workspace, "en")
    qtbot.addWidget(page)
    page.show_comparison(first, second)
    arrow, other = ("←", "→") if direction == RIGHT_TO_LEFT else ("→", "←")
    assert arrow in page.overall_text() and other not in page.overall_text()
    bands = [label.text() for label in page.findChildren(QWidget) if hasattr(label, "text")]
    band_line = next(text for text in bands if isinstance(text, str) and text.startswith("Band"))
    assert arrow in band_line and other not in band_line


def test_the_due_date_is_typed_as_it_is_shown(qtbot: QtBot, workspace: Workspace) -> None:
    """French: the table shows 30/06/2027, the date field reads and shows the same, and its
    calendar names the months in French."""
    app = _app()
    translators = install_translators(app, "fr")
    try:
        uuid = create_demo(workspace)
        page = ActionPlanPage(workspace, "fr")
        qtbot.addWidget(page)
        page.show_plan(uuid)
        page.add_actions([ActionItem("Statuts", due_date=date(2027, 6, 30))])
        model = page.model
        assert model is not None
        index = model.index(0, ActionTableModel.DUE)
        assert index.data() == "30/06/2027"
        table = page.findChild(QTableView, "actions")
        assert table is not None
        page.show()
        table.edit(index)
        editor = table.findChild(QDateEdit, "due_date_editor")
        assert editor is not None
        assert editor.date() == QDate(2027, 6, 30)
        assert editor.text() == "30/06/2027"
        calendar = editor.calendarWidget()
        assert calendar.locale().monthName(6) == "juin"
        editor.setFocus()
        editor.setSelectedSection(QDateEdit.Section.DaySection)
        qtbot.keyClicks(editor, "15")
        assert editor.date() == QDate(2027, 6, 15)
        assert QDate.fromString("15/01/2028", editor.displayFormat()) == QDate(2028, 1, 15)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
