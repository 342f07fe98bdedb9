"""Table models of a comparison: characteristic score deltas and indicator level deltas."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication

from sseassess.domain.comparison import CharacteristicDelta, Comparison, IndicatorDelta
from sseassess.i18n import format_integer, format_score
from sseassess.ui.decorators import override
from sseassess.ui.models.row_table_model import NUMBER, Column, RowTableModel
from sseassess.ui.palette import bad_colour, good_colour

# +1 improved, -1 declined, 0 unchanged, None when one side has no value.
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 1
# The characteristic's or indicator's id.
ID_ROLE = Qt.ItemDataRole.UserRole + 2

UP = "▲"
DOWN = "▼"
_MINUS = "−"  # U+2212, the typographic minus
# Left-to-right embedding and its end: a signed number keeps its sign before it in a
# right-to-left line ("+5.8", never "5.8+"), as the PDF prints scores.
_LTR, _END = "\u202a", "\u202c"
_NONE_SORT = -1000.0

_Delta = TypeVar("_Delta", CharacteristicDelta, IndicatorDelta)


def change_text(amount: str, rising: bool, right_to_left: bool = False) -> str:
    """A change as shown: "▲ +5.8" or "▼ −2.0" (with the typographic minus); right to
    left, the signed number is embedded left to right so that its sign stays before it."""
    signed = f"+{amount}" if rising else f"{_MINUS}{amount}"
    if right_to_left:
        signed = f"{_LTR}{signed}{_END}"
    return f"{UP if rising else DOWN} {signed}"


def direction(delta: float | None) -> int | None:
    """+1, -1 or 0 for a delta (rounded as it is shown, to one decimal); None for none."""
    if delta is None:
        return None
    shown = round(delta, 1)
    return 1 if shown > 0 else -1 if shown < 0 else 0


def _sort_value(value: float | None) -> float:
    return _NONE_SORT if value is None else float(value)


def _change_colour(item: CharacteristicDelta | IndicatorDelta) -> Any:
    """Green for a rise, red for a fall, nothing for no change."""
    way = direction(item.delta)
    if way == 1:
        return good_colour()
    if way == -1:
        return bad_colour()
    return None


class _DeltaModel(RowTableModel[_Delta]):
    """What both tables share: four columns, named before/after, coloured changes.

    A subclass says how its rows read: their name, a value, a change, a tooltip.
    """

    NAME, BEFORE, AFTER, CHANGE = range(4)

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
    def columns(self) -> Sequence[Column[_Delta]]:
        return (
            Column(
                title=self._name_title,
                display=self._name,
                sort_key=lambda item: self._name(item).casefold(),
                tooltip=self._name_tooltip,
            ),
            Column(
                title=lambda: (
                    self._before_label
                    or QCoreApplication.translate("ComparisonTableModel", "Before")
                ),
                display=lambda item: self._value(item.before),
                sort_key=lambda item: _sort_value(item.before),
                tooltip=self._tooltip,
                alignment=NUMBER,
                header_alignment=NUMBER,
            ),
            Column(
                title=lambda: (
                    self._after_label or QCoreApplication.translate("ComparisonTableModel", "After")
                ),
                display=lambda item: self._value(item.after),
                sort_key=lambda item: _sort_value(item.after),
                tooltip=self._tooltip,
                foreground=_change_colour,
                alignment=NUMBER,
                header_alignment=NUMBER,
            ),
            Column(
                title=lambda: QCoreApplication.translate("ComparisonTableModel", "Change"),
                display=self._change_text,
                sort_key=lambda item: _sort_value(item.delta),
                tooltip=self._tooltip,
                foreground=_change_colour,
                alignment=NUMBER,
                header_alignment=NUMBER,
            ),
        )

    @override
    def row_data(self, row: _Delta, role: int) -> Any:
        if role == DIRECTION_ROLE:
            return direction(row.delta)
        if role == ID_ROLE:
            return self._id(row)
        return None

    def set_comparison(self, comparison: Comparison | None) -> None:
        raise NotImplementedError

    def _name_title(self) -> str:
        raise NotImplementedError

    def _name(self, item: _Delta) -> str:
        raise NotImplementedError

    def _id(self, item: _Delta) -> str:
        raise NotImplementedError

    def _value(self, value: Any) -> str:
        raise NotImplementedError

    def _change_text(self, item: _Delta) -> str:
        raise NotImplementedError

    def _tooltip(self, item: _Delta) -> str | None:
        """The tooltip of the value columns (None: none)."""
        return None

    def _name_tooltip(self, item: _Delta) -> str | None:
        return self._tooltip(item)


class CharacteristicDeltaModel(_DeltaModel[CharacteristicDelta]):
    """One row per characteristic: score before, after, and the change with an arrow."""

    def set_comparison(self, comparison: Comparison | None) -> None:
        self._set_rows(comparison.characteristics if comparison else ())

    @override
    def _name_title(self) -> str:
        return self.tr("Characteristic")

    @override
    def _name(self, item: CharacteristicDelta) -> str:
        return item.characteristic.name.get(self._language)

    @override
    def _id(self, item: CharacteristicDelta) -> str:
        return item.characteristic.id

    @override
    def _value(self, value: Any) -> str:
        return format_score(value, self._language)

    @override
    def _name_tooltip(self, item: CharacteristicDelta) -> str | None:
        return self._name(item)

    @override
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
        return change_text(
            format_score(abs(delta), self._language), way == 1, QGuiApplication.isRightToLeft()
        )


class IndicatorDeltaModel(_DeltaModel[IndicatorDelta]):
    """One row per indicator: level before, after, the change; by default changed ones only."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(language, parent)
        self._all: tuple[IndicatorDelta, ...] = ()
        self._changed_only = True

    def set_comparison(self, comparison: Comparison | None) -> None:
        self._all = comparison.indicators if comparison else ()
        self._set_rows(self._filtered())

    def set_changed_only(self, changed_only: bool) -> None:
        """Show only the indicators whose answer changed (True) or all of them."""
        if changed_only == self._changed_only:
            return
        self._changed_only = changed_only
        self._set_rows(self._filtered())

    @property
    def changed_only(self) -> bool:
        return self._changed_only

    def total_count(self) -> int:
        """How many indicators the comparison has, whatever the filter."""
        return len(self._all)

    def _filtered(self) -> tuple[IndicatorDelta, ...]:
        if self._changed_only:
            return tuple(d for d in self._all if d.before != d.after)
        return self._all

    @override
    def _name_title(self) -> str:
        return self.tr("Indicator")

    @override
    def _name(self, item: IndicatorDelta) -> str:
        return item.indicator.question.get(self._language)

    @override
    def _id(self, item: IndicatorDelta) -> str:
        return item.indicator.id

    @override
    def _value(self, value: Any) -> str:
        return "–" if value is None else format_integer(value, self._language)

    def _level_description(self, item: IndicatorDelta, level: int | None) -> str:
        if level is None:
            return self.tr("not answered or not applicable")
        texts = item.indicator.levels.get(self._language)
        text = texts[level] if level < len(texts) else ""
        return self.tr("level {level}: {text}").format(
            level=format_integer(level, self._language), text=text
        )

    @override
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
        return change_text(
            format_integer(abs(delta), self._language), delta > 0, QGuiApplication.isRightToLeft()
        )

    @override
    def _tooltip(self, item: IndicatorDelta) -> str | None:
        return "\n".join(
            (
                item.indicator.question.get(self._language),
                self.tr("Before: {level}").format(level=self._level_description(item, item.before)),
                self.tr("After: {level}").format(level=self._level_description(item, item.after)),
            )
        )
