"""Table models of a comparison: characteristic score deltas and indicator level deltas."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from sseassess.domain.comparison import CharacteristicDelta, Comparison, IndicatorDelta
from sseassess.i18n import format_integer, format_score
from sseassess.ui.decorators import override
from sseassess.ui.palette import bad_colour, good_colour

_Index = QModelIndex | QPersistentModelIndex

# +1 improved, -1 declined, 0 unchanged, None when one side has no value.
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 1
# The characteristic's or indicator's id.
ID_ROLE = Qt.ItemDataRole.UserRole + 2

UP = "▲"
DOWN = "▼"
_MINUS = "−"  # U+2212, the typographic minus
_NONE_SORT = -1000.0


def change_text(amount: str, rising: bool) -> str:
    """A change as shown: "▲ +5.8" or "▼ −2.0" (with the typographic minus)."""
    return f"{UP} +{amount}" if rising else f"{DOWN} {_MINUS}{amount}"


def direction(delta: float | None) -> int | None:
    """+1, -1 or 0 for a delta (rounded as it is shown, to one decimal); None for none."""
    if delta is None:
        return None
    shown = round(delta, 1)
    return 1 if shown > 0 else -1 if shown < 0 else 0


class _DeltaModel(QAbstractTableModel):
    """What both tables share: four columns, named before/after, coloured changes."""

    COLUMNS = 4
    NAME, BEFORE, AFTER, CHANGE = range(COLUMNS)

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._before_label = ""
        self._after_label = ""

    def set_column_titles(self, before: str, after: str) -> None:
        """Name the before and after columns (e.g. with the assessments' dates)."""
        self._before_label = before
        self._after_label = after
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.BEFORE, self.AFTER)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def _name_title(self) -> str:
        raise NotImplementedError

    @override
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.NAME:
                return self._name_title()
            if section == self.BEFORE:
                return self._before_label or QCoreApplication.translate(
                    "ComparisonTableModel", "Before"
                )
            if section == self.AFTER:
                return self._after_label or QCoreApplication.translate(
                    "ComparisonTableModel", "After"
                )
            if section == self.CHANGE:
                return QCoreApplication.translate("ComparisonTableModel", "Change")
        if role == Qt.ItemDataRole.TextAlignmentRole and section != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _change_colour(self, delta: float | None) -> Any:
        way = direction(delta)
        if way == 1:
            return good_colour()
        if way == -1:
            return bad_colour()
        return None


class CharacteristicDeltaModel(_DeltaModel):
    """One row per characteristic: score before, after, and the change with an arrow."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(language, parent)
        self._rows: tuple[CharacteristicDelta, ...] = ()

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._rows = comparison.characteristics if comparison else ()
        self.endResetModel()

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def _name_title(self) -> str:
        return self.tr("Characteristic")

    def _change_text(self, item: CharacteristicDelta) -> str:
        delta = item.delta
        if delta is None:
            if item.after is not None:
                return self.tr("Newly scored")
            if item.before is not None:
                return self.tr("No longer scored")
            return "–"
        way = direction(delta)
        if way == 0:
            return self.tr("No change")
        return change_text(format_score(abs(delta), self._language), way == 1)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return item.characteristic.name.get(self._language)
            if column == self.BEFORE:
                return format_score(item.before, self._language)
            if column == self.AFTER:
                return format_score(item.after, self._language)
            return self._change_text(item)
        if role == Qt.ItemDataRole.UserRole:
            if column == self.NAME:
                return item.characteristic.name.get(self._language).casefold()
            value = {self.BEFORE: item.before, self.AFTER: item.after}.get(column, item.delta)
            return _NONE_SORT if value is None else value
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.AFTER, self.CHANGE):
            return self._change_colour(item.delta)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return item.characteristic.name.get(self._language)
        if role == DIRECTION_ROLE:
            return direction(item.delta)
        if role == ID_ROLE:
            return item.characteristic.id
        return None


class IndicatorDeltaModel(_DeltaModel):
    """One row per indicator: level before, after, the change; by default changed ones only."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(language, parent)
        self._all: tuple[IndicatorDelta, ...] = ()
        self._rows: tuple[IndicatorDelta, ...] = ()
        self._changed_only = True

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._all = comparison.indicators if comparison else ()
        self._filter()
        self.endResetModel()

    def set_changed_only(self, changed_only: bool) -> None:
        """Show only the indicators whose answer changed (True) or all of them."""
        if changed_only == self._changed_only:
            return
        self.beginResetModel()
        self._changed_only = changed_only
        self._filter()
        self.endResetModel()

    @property
    def changed_only(self) -> bool:
        return self._changed_only

    def total_count(self) -> int:
        """How many indicators the comparison has, whatever the filter."""
        return len(self._all)

    def _filter(self) -> None:
        if self._changed_only:
            self._rows = tuple(d for d in self._all if d.before != d.after)
        else:
            self._rows = self._all

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def _name_title(self) -> str:
        return self.tr("Indicator")

    def _level(self, level: int | None) -> str:
        return "–" if level is None else format_integer(level, self._language)

    def _level_description(self, item: IndicatorDelta, level: int | None) -> str:
        if level is None:
            return self.tr("not answered or not applicable")
        texts = item.indicator.levels.get(self._language)
        text = texts[level] if level < len(texts) else ""
        return self.tr("level {level}: {text}").format(
            level=format_integer(level, self._language), text=text
        )

    def _change_text(self, item: IndicatorDelta) -> str:
        delta = item.delta
        if delta is None:
            if item.after is not None and item.before is None:
                return self.tr("Newly answered")
            if item.before is not None and item.after is None:
                return self.tr("No longer answered")
            return "–"
        if delta == 0:
            return self.tr("No change")
        return change_text(format_integer(abs(delta), self._language), delta > 0)

    def _tooltip(self, item: IndicatorDelta) -> str:
        return "\n".join(
            (
                item.indicator.question.get(self._language),
                self.tr("Before: {level}").format(level=self._level_description(item, item.before)),
                self.tr("After: {level}").format(level=self._level_description(item, item.after)),
            )
        )

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return item.indicator.question.get(self._language)
            if column == self.BEFORE:
                return self._level(item.before)
            if column == self.AFTER:
                return self._level(item.after)
            return self._change_text(item)
        if role == Qt.ItemDataRole.UserRole:
            if column == self.NAME:
                return item.indicator.question.get(self._language).casefold()
            value = {self.BEFORE: item.before, self.AFTER: item.after}.get(column, item.delta)
            return _NONE_SORT if value is None else float(value)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.AFTER, self.CHANGE):
            return self._change_colour(item.delta)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == DIRECTION_ROLE:
            return direction(item.delta)
        if role == ID_ROLE:
            return item.indicator.id
        return None
