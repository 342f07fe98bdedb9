"""The comparison page: two assessments of one organization side by side, and what moved."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sseassess.i18n import format_date, format_integer, format_score
from sseassess.ui.decorators import override
from sseassess.ui.fonts import heading
from sseassess.ui.models.comparison_table_model import (
    CharacteristicDeltaModel,
    IndicatorDeltaModel,
    change_text,
    direction,
)
from sseassess.ui.palette import bad_colour, earlier_colour, good_colour, set_text_colour
from sseassess.ui.widgets.radar_chart import RadarChart, RadarSeries
from sseassess.ui.widgets.table_views import FullHeightTableView

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace


class ComparePage(QWidget):
    """Shows how an organization moved between two of its assessments."""

    # The user wants to go back to the home page.
    home_requested = Signal()

    def __init__(self, workspace: Workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._language = language

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setSpacing(12)
        self._title = heading("", 1.6, content)
        self._title.setAccessibleName(self.tr("Organization"))
        self._subtitle = QLabel(content)
        self._subtitle.setWordWrap(True)
        self._subtitle.setAccessibleName(self.tr("Assessments compared"))
        column.addWidget(self._title)
        column.addWidget(self._subtitle)

        top = QHBoxLayout()
        top.addWidget(self._build_overall(content), 2, Qt.AlignmentFlag.AlignTop)
        self._radar = RadarChart(language, content)
        top.addWidget(self._radar, 3)
        column.addLayout(top)

        characteristics_title = heading(self.tr("Characteristics"), 1.15, content)
        self._characteristic_model = CharacteristicDeltaModel(language, self)
        self._characteristic_table = self._table(
            self._characteristic_model,
            self.tr("Scores by characteristic, before and after"),
            content,
        )
        characteristics_title.setBuddy(self._characteristic_table)
        column.addWidget(characteristics_title)
        column.addWidget(self._characteristic_table)

        indicators_title = heading(self.tr("Indicators"), 1.15, content)
        self._indicator_model = IndicatorDeltaModel(language, self)
        self._indicator_table = self._table(
            self._indicator_model, self.tr("Indicator levels, before and after"), content
        )
        indicators_title.setBuddy(self._indicator_table)
        filter_row = QHBoxLayout()
        self._filter = QComboBox(content)
        self._filter.setObjectName("indicator_filter")
        self._filter.addItem(self.tr("Changed indicators only"), True)
        self._filter.addItem(self.tr("All indicators"), False)
        self._filter.setAccessibleName(self.tr("Which indicators to show"))
        self._filter.currentIndexChanged.connect(self._filter_changed)
        filter_label = QLabel(self.tr("&Show:"), content)
        filter_label.setBuddy(self._filter)
        self._shown = QLabel(content)
        self._shown.setAccessibleName(self.tr("Indicators shown"))
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self._filter)
        filter_row.addWidget(self._shown, 1)
        self._no_change = QLabel(
            self.tr("No indicator changed between the two assessments."), content
        )
        self._no_change.setWordWrap(True)
        self._no_change.setVisible(False)
        column.addWidget(indicators_title)
        column.addLayout(filter_row)
        column.addWidget(self._no_change)
        column.addWidget(self._indicator_table)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self._home = QPushButton(self.tr("&Home"), self)
        self._home.setObjectName("home")
        self._home.setAccessibleName(self.tr("Back to the home page"))
        self._home.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self._home)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    # -- building

    def _build_overall(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Overall score"), parent)
        layout = QVBoxLayout(box)
        self._overall = heading("", 2.4, box)
        self._overall.setAccessibleName(self.tr("Overall score, before and after"))
        self._overall_change = heading("", 1.3, box)
        self._overall_change.setAccessibleName(self.tr("Change of the overall score"))
        self._bands = QLabel(box)
        self._bands.setWordWrap(True)
        self._bands.setAccessibleName(self.tr("Band, before and after"))
        self._counts = QLabel(box)
        self._counts.setWordWrap(True)
        self._counts.setAccessibleName(self.tr("Indicators that moved"))
        for widget in (self._overall, self._overall_change, self._bands, self._counts):
            layout.addWidget(widget)
        return box

    def _table(
        self,
        model: CharacteristicDeltaModel | IndicatorDeltaModel,
        name: str,
        parent: QWidget,
    ) -> FullHeightTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        table = FullHeightTableView(parent)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setAccessibleName(name)
        return table

    # -- showing

    @property
    def characteristic_model(self) -> CharacteristicDeltaModel:
        return self._characteristic_model

    @property
    def indicator_model(self) -> IndicatorDeltaModel:
        return self._indicator_model

    def overall_text(self) -> str:
        """The overall scores and their change as shown, e.g. "55.9 → 61.2 ▲ +5.3"."""
        return f"{self._overall.text()} {self._overall_change.text()}"

    def show_comparison(self, first_uuid: str, second_uuid: str) -> None:
        """Compare two assessments of one organization (in either order: the earlier first)."""
        before, after, framework, comparison = self._workspace.compare(first_uuid, second_uuid)
        language = self._language
        before_date = format_date(before.assessed_on, language)
        after_date = format_date(after.assessed_on, language)
        self._title.setText(after.organization_name)
        self._subtitle.setText(
            self.tr("The assessment of {after} compared with the one of {before}.").format(
                after=after_date, before=before_date
            )
        )

        # From before to after in reading order: "→" left to right; right to left "←",
        # in a line marked right to left (RLM) so that "before" is on the right.
        arrow, start = ("←", "\u200f") if self.isRightToLeft() else ("→", "")
        self._overall.setText(
            f"{start}{format_score(comparison.overall_before, language)} {arrow} "
            f"{format_score(comparison.overall_after, language)}"
        )
        delta = (
            None
            if comparison.overall_before is None or comparison.overall_after is None
            else comparison.overall_after - comparison.overall_before
        )
        self._overall_change.setText(self._change_text(delta))
        self._colour(self._overall_change, direction(delta))
        band_before = (
            self._workspace.framework_of(before).band_for(comparison.overall_before)
            if comparison.overall_before is not None
            else None
        )
        band_after = (
            framework.band_for(comparison.overall_after)
            if comparison.overall_after is not None
            else None
        )
        self._bands.setText(
            self.tr("Band: {before} → {after}")
            .replace("→", arrow)
            .format(
                before=band_before.name.get(language) if band_before else "–",
                after=band_after.name.get(language) if band_after else "–",
            )
        )
        improved, declined = len(comparison.improved), len(comparison.declined)
        self._counts.setText(
            "\n".join(
                (
                    self.tr("%n indicator(s) improved", "", improved),
                    self.tr("%n indicator(s) declined", "", declined),
                )
            )
        )

        before_colour, after_colour = self._series_colours()
        self._radar.set_data(
            [delta.characteristic.name.get(language) for delta in comparison.characteristics],
            [
                RadarSeries(
                    self.tr("Before: {date}").format(date=before_date),
                    [delta.before for delta in comparison.characteristics],
                    before_colour,
                    dashed=True,
                ),
                RadarSeries(
                    self.tr("After: {date}").format(date=after_date),
                    [delta.after for delta in comparison.characteristics],
                    after_colour,
                ),
            ],
        )
        self._radar.set_minimums(
            [framework.characteristic_minimum(d.characteristic) for d in comparison.characteristics]
        )

        before_title = self.tr("Before ({date})").format(date=before_date)
        after_title = self.tr("After ({date})").format(date=after_date)
        for model in (self._characteristic_model, self._indicator_model):
            model.set_column_titles(before_title, after_title)
        self._characteristic_model.set_comparison(comparison)
        self._indicator_model.set_comparison(comparison)
        for table in (self._characteristic_table, self._indicator_table):
            table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            proxy = table.model()
            if isinstance(proxy, QSortFilterProxyModel):
                proxy.sort(-1)
        self._update_shown()

    def _series_colours(self) -> tuple[QColor, QColor]:
        """The earlier assessment in orange (dashed), the later in the highlight colour."""
        palette = self.palette()
        return earlier_colour(palette), palette.color(QPalette.ColorRole.Highlight)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._radar.series():
            colours = self._series_colours()
            self._radar.set_data(
                self._radar.labels(),
                [
                    replace(series, colour=colour)
                    for series, colour in zip(self._radar.series(), colours, strict=True)
                ],
            )
        super().changeEvent(event)

    def _change_text(self, delta: float | None) -> str:
        way = direction(delta)
        if delta is None or way is None:
            return "–"
        if way == 0:
            return self.tr("No change")
        return change_text(format_score(abs(delta), self._language), way > 0, self.isRightToLeft())

    def _colour(self, label: QLabel, way: int | None) -> None:
        if way == 1:
            set_text_colour(label, good_colour(self.palette()))
        elif way == -1:
            set_text_colour(label, bad_colour(self.palette()))
        else:
            set_text_colour(label, None)

    def _filter_changed(self) -> None:
        self._indicator_model.set_changed_only(bool(self._filter.currentData()))
        self._update_shown()

    def _update_shown(self) -> None:
        shown = self._indicator_model.rowCount()
        total = self._indicator_model.total_count()
        self._shown.setText(
            self.tr("Showing {shown} of {total} indicators").format(
                shown=format_integer(shown, self._language),
                total=format_integer(total, self._language),
            )
        )
        nothing = shown == 0 and self._indicator_model.changed_only
        self._no_change.setVisible(nothing)
        self._indicator_table.setVisible(not nothing)
