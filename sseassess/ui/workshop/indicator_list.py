"""The list of a workshop's indicators, with its filters and how many indicators it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sseassess.ui.models.indicator_spread_model import (
    COUNTS_ROLE,
    SHOW_ALL,
    SHOW_TO_DISCUSS,
    SHOW_WITHOUT_CONSENSUS,
    IndicatorSpreadModel,
)
from sseassess.ui.text import arg, number
from sseassess.ui.widgets.histogram import HistogramDelegate

if TYPE_CHECKING:
    from sseassess.domain.framework import Framework


class IndicatorList(QWidget):
    """Which indicators to show (all, to discuss, without consensus; one characteristic or
    all), the table of the indicators with a histogram of the answers, "Showing 3 of 39"."""

    # The user chose other filters.
    filter_changed = Signal()
    # The user moved to another row of the table.
    row_changed = Signal(int)

    def __init__(
        self, model: IndicatorSpreadModel, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._language = language
        self._show = QComboBox(self)
        self._show.addItem(self.tr("All indicators"), SHOW_ALL)
        self._show.addItem(self.tr("To discuss"), SHOW_TO_DISCUSS)
        self._show.addItem(self.tr("Without consensus"), SHOW_WITHOUT_CONSENSUS)
        self._show.setObjectName("show_filter")
        self._show.setAccessibleName(self.tr("Which indicators to show"))
        self._show.currentIndexChanged.connect(self.filter_changed)
        show_label = QLabel(self.tr("&Show:"), self)
        show_label.setBuddy(self._show)
        self._characteristic = QComboBox(self)
        self._characteristic.setObjectName("characteristic_filter")
        self._characteristic.setAccessibleName(self.tr("Characteristic to show"))
        self._characteristic.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._characteristic.setMinimumContentsLength(12)
        self._characteristic.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._characteristic.currentIndexChanged.connect(self.filter_changed)
        characteristic_label = QLabel(self.tr("C&haracteristic:"), self)
        characteristic_label.setBuddy(self._characteristic)
        filters = QGridLayout()
        filters.addWidget(show_label, 0, 0)
        filters.addWidget(self._show, 0, 1)
        filters.addWidget(characteristic_label, 1, 0)
        filters.addWidget(self._characteristic, 1, 1)
        filters.setColumnStretch(1, 1)

        self._table = QTableView(self)
        self._table.setModel(model)
        self._table.setObjectName("indicators")
        self._table.setAccessibleName(self.tr("Indicators"))
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setWordWrap(True)
        self._table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._table.setTabKeyNavigation(False)
        self._table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._table.setItemDelegateForColumn(
            IndicatorSpreadModel.ANSWERS, HistogramDelegate(COUNTS_ROLE, language, self)
        )
        self._table.verticalHeader().hide()
        self._table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self._table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IndicatorSpreadModel.INDICATOR, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._table.setMinimumWidth(260)
        selection = self._table.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)
        self._shown = QLabel(self)
        self._shown.setAccessibleName(self.tr("Indicators shown"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._shown)

    @property
    def table(self) -> QTableView:
        """The table of the indicators (the workshop's keys act on it)."""
        return self._table

    def focus_chain(self) -> list[QWidget]:
        """The controls Tab goes through, in order."""
        return [self._show, self._characteristic, self._table]

    def show_filter(self) -> str:
        """Which indicators to show: one of the model's filters."""
        return str(self._show.currentData())

    def characteristic(self) -> str | None:
        """The id of the characteristic to show, or None for all."""
        data = self._characteristic.currentData()
        return None if data is None else str(data)

    def set_framework(self, framework: Framework, same_workshop: bool) -> None:
        """Offer the framework's characteristics; for the same workshop as before the
        filters stay as they were, for another one they show everything."""
        self._characteristic.blockSignals(True)
        chosen = self._characteristic.currentData() if same_workshop else None
        self._characteristic.clear()
        self._characteristic.addItem(self.tr("All characteristics"), None)
        for characteristic in framework.characteristics:
            self._characteristic.addItem(characteristic.name.get(self._language), characteristic.id)
        self._characteristic.setCurrentIndex(max(0, self._characteristic.findData(chosen)))
        self._characteristic.blockSignals(False)
        if not same_workshop:
            self._show.blockSignals(True)
            self._show.setCurrentIndex(0)
            self._show.blockSignals(False)

    def select_row(self, row: int) -> None:
        """Make ``row`` the current row, scrolled into view."""
        index = self._model.index(row, IndicatorSpreadModel.INDICATOR)
        self._table.setCurrentIndex(index)
        self._table.scrollTo(index)

    def set_counts(self, total: int) -> None:
        """Say how many of the workshop's ``total`` indicators are listed."""
        self._shown.setText(
            arg(
                self.tr("Showing %1 of %2 indicators"),
                number(self._model.rowCount(), self._language),
                number(total, self._language),
            )
        )

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.row_changed.emit(current.row())
