"""The workshop divergence view: where participants agree or diverge, and the group's consensus.

Built for a facilitator at a projector: indicators where participants diverge come first,
one key or one click records the consensus, and a full-screen presentation mode shows one
indicator at a time in large type. Participants are anonymous unless names are shown.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.framework import LEVELS
from sseassess.domain.text import TranslatableError
from sseassess.domain.workshop import DEFAULT_ANONYMITY_MINIMUM, suggested_consensus
from sseassess.i18n import format_date, translation
from sseassess.ui.decorators import override
from sseassess.ui.divergence_model import (
    COUNTS_ROLE,
    SHOW_ALL,
    SHOW_TO_DISCUSS,
    SHOW_WITHOUT_CONSENSUS,
    IndicatorSpreadModel,
    ParticipantListModel,
    RoleResultsModel,
    has_consensus,
    number,
)
from sseassess.ui.feedback import set_text_colour
from sseassess.ui.fonts import emphasize, scale_font
from sseassess.ui.histogram import HistogramDelegate, LevelHistogram
from sseassess.ui.indicator_widget import WrappedLabel
from sseassess.ui.results_table_model import bad_colour, good_colour
from sseassess.ui.text import arg

if TYPE_CHECKING:
    from sseassess.app.workspace import WorkshopView, Workspace
    from sseassess.domain.records import ParticipantRecord
    from sseassess.domain.workshop import IndicatorSpread

#: Settings key: show participants' names (True) or "Participant 1, 2, …" (False, default).
SHOW_NAMES_KEY = "workshop/show_names"
#: How much larger the presentation mode's type is.
PRESENTATION_SCALE = 1.6

_DIGITS = {str(level): level for level in LEVELS}


def presentation_scale(screen_height: int) -> float:
    """How much larger the presentation's type is on a screen this tall (in logical pixels):
    ``PRESENTATION_SCALE`` up to 800 pixels, growing with taller screens (at most twice)."""
    return PRESENTATION_SCALE * max(1.0, min(2.0, screen_height / 800))


def _dim(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)


class _CompactTable(QTableView):
    """A small read-only table exactly as tall as its rows; the last column wraps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.sectionResized.connect(self.updateGeometry)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )

    def set_model(self, model: RoleResultsModel) -> None:
        self.setModel(model)
        model.modelReset.connect(self.updateGeometry)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)

    @override
    def sizeHint(self) -> QSize:
        header = self.horizontalHeader()
        height = self.verticalHeader().length() + header.sizeHint().height()
        return QSize(header.length() + 2 * self.frameWidth(), height + 2 * self.frameWidth())

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())


class PresentationView(QWidget):
    """One indicator at a time, full screen and in large type, for the projector.

    It only shows; the divergence page handles its keys (it filters this window's events).
    """

    # The window was closed (Esc, F11, or by the window manager).
    closed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._language = language
        self._base_font = QFont(self.font())
        self._scale = 0.0
        self.setWindowTitle(self.tr("Workshop — presentation"))
        self.setAccessibleName(self.tr("Presentation of one indicator"))
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        # Long texts on a small screen scroll rather than push the window off full screen.
        content = QWidget(self)
        self._position = QLabel(content)
        self._position.setWordWrap(True)
        _dim(self._position)
        self._question = WrappedLabel("", content)
        self._question.setAccessibleName(self.tr("Question"))
        self._badge = WrappedLabel("", content)
        self._histogram = LevelHistogram(language, content)
        self._histogram.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._stats = WrappedLabel("", content)

        self._level_marks: list[QLabel] = []
        self._level_texts: list[WrappedLabel] = []
        self._consensus_level: int | None = None
        levels = QGridLayout()
        levels.setColumnStretch(1, 1)
        levels.setHorizontalSpacing(16)
        levels.setVerticalSpacing(10)
        for level in LEVELS:
            mark = QLabel(content)
            mark.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = WrappedLabel("", content)
            levels.addWidget(mark, level, 0, Qt.AlignmentFlag.AlignTop)
            levels.addWidget(text, level, 1)
            self._level_marks.append(mark)
            self._level_texts.append(text)

        self._consensus = QLabel(self)
        self._consensus.setWordWrap(True)
        self._agreed = QLabel(self)
        self._agreed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._message = WrappedLabel("", self)
        set_text_colour(self._message, bad_colour(self.palette()))
        self._message.hide()
        self._keys = QLabel(
            self.tr(
                "0–4: consensus · M: use the median · ↑ ↓: move · N: next to discuss · Esc: leave"
            ),
            self,
        )
        self._keys.setWordWrap(True)
        _dim(self._keys)

        middle = QHBoxLayout()
        middle.setSpacing(32)
        left = QVBoxLayout()
        left.addWidget(self._histogram, 1)
        left.addWidget(self._stats)
        left.addStretch(0)
        right = QVBoxLayout()
        right.addLayout(levels)
        right.addStretch(1)
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self._consensus, 1)
        bottom.addWidget(self._agreed)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self._position)
        column.addWidget(self._question)
        column.addWidget(self._badge)
        column.addLayout(middle, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are the page's
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        layout.addWidget(self._message)
        layout.addWidget(self._keys)
        self.set_scale(PRESENTATION_SCALE)

    def _font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        font = scale_font(QFont(self.font()), factor)
        font.setBold(bold)
        return font

    def set_scale(self, scale: float) -> None:
        """Make the type ``scale`` times the normal size (the page picks it per screen)."""
        if scale == self._scale:
            return
        self._scale = scale
        self.setFont(scale_font(QFont(self._base_font), scale))
        for widget, factor, bold in (
            (self._position, 1.0, False),
            (self._question, 1.3, True),
            (self._badge, 1.0, True),
            (self._histogram, 1.15, False),
            (self._stats, 1.0, False),
            (self._consensus, 1.15, True),
            (self._agreed, 1.0, False),
            (self._message, 1.0, False),
            (self._keys, 0.6, False),
            *((mark, 1.0, True) for mark in self._level_marks),
        ):
            widget.setFont(self._font(factor, bold))
        for level, text in enumerate(self._level_texts):
            text.setFont(self._font(1.0, level == self._consensus_level))
        # Bars taller than this look like needles on a wide screen.
        self._histogram.setMaximumHeight(round(self._histogram.fontMetrics().height() * 14))

    @property
    def scale(self) -> float:
        return self._scale

    def show_spread(
        self, spread: IndicatorSpread, position: str, agreed: str, read_only: bool
    ) -> None:
        """Show one indicator: ``position`` says where it is, ``agreed`` how many are done."""
        language = self._language
        indicator = spread.indicator
        self._position.setText(position)
        self._question.setText(indicator.question.get(language))
        if spread.divergent and spread.spread is not None:
            self._badge.setText(
                arg(
                    self.tr("To discuss: participants are %1 levels apart."),
                    number(spread.spread, language),
                )
            )
            set_text_colour(self._badge, bad_colour(self.palette()))
        self._badge.setVisible(spread.divergent)
        consensus = spread.consensus.level if has_consensus(spread) and spread.consensus else None
        self._histogram.set_counts(spread.counts, consensus)
        self._stats.setText(_stats_text(spread, language))
        texts = indicator.levels.get(language)
        self._consensus_level = consensus
        for level in LEVELS:
            agreed_here = level == consensus
            mark = self._level_marks[level]
            mark.setText(f"✓ {level}" if agreed_here else str(level))
            set_text_colour(mark, good_colour(self.palette()) if agreed_here else None)
            text = self._level_texts[level]
            text.setText(texts[level] if level < len(texts) else "")
            text.setFont(self._font(1.0, agreed_here))
        self._consensus.setText(_consensus_text(spread, language, read_only))
        set_text_colour(
            self._consensus, good_colour(self.palette()) if has_consensus(spread) else None
        )
        self._agreed.setText(agreed)

    def show_message(self, message: str) -> None:
        """Show why the last key did nothing ("" hides the message)."""
        self._message.setText(message)
        self._message.setVisible(bool(message))

    # -- what is on screen, for tests and accessibility tools

    def question_text(self) -> str:
        return self._question.text()

    def consensus_text(self) -> str:
        return self._consensus.text()

    def position_text(self) -> str:
        return self._position.text()

    def histogram(self) -> LevelHistogram:
        return self._histogram

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()


def _stats_text(spread: IndicatorSpread, language: str) -> str:
    """ "Median 2.5 · Spread 3" and "Not applicable 1 · Not answered 0" on two lines."""
    median = spread.median
    return arg(
        QCoreApplication.translate(
            "DivergencePage", "Median %1 · Spread %2\nNot applicable %3 · Not answered %4"
        ),
        "–" if median is None else number(median, language),
        "–" if spread.spread is None else number(spread.spread, language),
        number(spread.not_applicable, language),
        number(spread.unanswered, language),
    )


def _consensus_text(spread: IndicatorSpread, language: str, read_only: bool) -> str:
    """What the group agreed on this indicator, if anything."""
    consensus = spread.consensus
    if consensus is not None and consensus.is_answered:
        if consensus.level is None:
            return QCoreApplication.translate("DivergencePage", "Consensus: not applicable")
        return arg(
            QCoreApplication.translate("DivergencePage", "Consensus: level %1"),
            number(consensus.level, language),
        )
    if read_only:
        return QCoreApplication.translate("DivergencePage", "No consensus recorded")
    return QCoreApplication.translate("DivergencePage", "No consensus yet")


class DivergencePage(QWidget):
    """Shows where a workshop's participants agree and diverge, and records the consensus.

    Keys (on the indicator list, the consensus buttons and in presentation mode): 0–4
    record the consensus level of the selected indicator, M the suggested one (the median
    rounded down), Delete or Backspace clears it; Up/Down or K/J move between indicators,
    N goes to the next one to discuss; F11 enters or leaves presentation mode, Esc leaves it.
    """

    # The user wants to go back to the home page.
    home_requested = Signal()
    # The user wants to see the results (scores) of the workshop ``uuid``.
    results_requested = Signal(str)
    # A consensus answer of the workshop ``uuid`` changed (its score changed).
    answers_changed = Signal(str)
    # The workshop was reopened from the read-only banner: its new status.
    status_changed = Signal(str)
    # Presentation mode was entered (True) or left (False).
    presentation_changed = Signal(bool)

    def __init__(
        self,
        workspace: Workspace,
        language: str,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._language = language
        self._settings = settings
        self._uuid: str | None = None
        self._view: WorkshopView | None = None
        self._current: str | None = None
        self._read_only = False

        self._model = IndicatorSpreadModel(language, self)
        self._participants = ParticipantListModel(self)
        self._participants.set_show_names(bool(settings.value(SHOW_NAMES_KEY, False, type=bool)))
        self._roles = RoleResultsModel(language, self)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_banner())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_list(splitter))
        splitter.addWidget(self._build_detail(splitter))
        splitter.addWidget(self._build_side(splitter))
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([560, 460, 300])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_buttons())

        self._presentation = PresentationView(language, self)
        self._presentation.installEventFilter(self)
        self._presentation.closed.connect(self._presentation_closed)
        present = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        present.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        present.activated.connect(self.toggle_presentation)
        self._set_tab_order()

    # -- building

    def _build_header(self) -> QHBoxLayout:
        self._title = emphasize(QLabel(self), 1.4)
        self._title.setWordWrap(True)
        self._title.setAccessibleName(self.tr("Organization"))
        self._subtitle = QLabel(self)
        self._subtitle.setWordWrap(True)
        self._subtitle.setAccessibleName(self.tr("Workshop"))
        titles = QVBoxLayout()
        titles.addWidget(self._title)
        titles.addWidget(self._subtitle)
        self._agreed = emphasize(QLabel(self), 1.15)
        self._agreed.setAccessibleName(self.tr("Indicators with a consensus"))
        self._agreed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._to_discuss = QLabel(self)
        self._to_discuss.setAccessibleName(self.tr("Indicators to discuss"))
        self._to_discuss.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._progress = QProgressBar(self)
        self._progress.setTextVisible(False)
        self._progress.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self._progress.setMinimumWidth(180)
        self._progress.setAccessibleName(self.tr("Share of indicators with a consensus"))
        progress = QVBoxLayout()
        progress.addWidget(self._agreed)
        progress.addWidget(self._progress)
        progress.addWidget(self._to_discuss)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addLayout(progress)
        return header

    def _build_banner(self) -> QFrame:
        self._banner = QFrame(self)
        self._banner.setFrameShape(QFrame.Shape.StyledPanel)
        text = WrappedLabel(
            self.tr(
                "This workshop is finished: its consensus is read-only. Reopen it to change it."
            ),
            self._banner,
        )
        self._reopen = QPushButton(self.tr("Re&open"), self._banner)
        self._reopen.setObjectName("reopen")
        self._reopen.setAccessibleName(self.tr("Reopen the workshop"))
        self._reopen.clicked.connect(self._reopen_workshop)
        row = QHBoxLayout(self._banner)
        row.addWidget(text, 1)
        row.addWidget(self._reopen)
        self._banner.hide()
        return self._banner

    def _build_list(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        self._show = QComboBox(box)
        self._show.addItem(self.tr("All indicators"), SHOW_ALL)
        self._show.addItem(self.tr("To discuss"), SHOW_TO_DISCUSS)
        self._show.addItem(self.tr("Without consensus"), SHOW_WITHOUT_CONSENSUS)
        self._show.setObjectName("show_filter")
        self._show.setAccessibleName(self.tr("Which indicators to show"))
        self._show.currentIndexChanged.connect(self._filter_changed)
        show_label = QLabel(self.tr("&Show:"), box)
        show_label.setBuddy(self._show)
        self._characteristic = QComboBox(box)
        self._characteristic.setObjectName("characteristic_filter")
        self._characteristic.setAccessibleName(self.tr("Characteristic to show"))
        self._characteristic.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._characteristic.setMinimumContentsLength(12)
        self._characteristic.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._characteristic.currentIndexChanged.connect(self._filter_changed)
        characteristic_label = QLabel(self.tr("C&haracteristic:"), box)
        characteristic_label.setBuddy(self._characteristic)
        filters = QGridLayout()
        filters.addWidget(show_label, 0, 0)
        filters.addWidget(self._show, 0, 1)
        filters.addWidget(characteristic_label, 1, 0)
        filters.addWidget(self._characteristic, 1, 1)
        filters.setColumnStretch(1, 1)

        self._table = QTableView(box)
        self._table.setModel(self._model)
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
            IndicatorSpreadModel.ANSWERS, HistogramDelegate(COUNTS_ROLE, self._language, self)
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
        self._table.installEventFilter(self)
        self._shown = QLabel(box)
        self._shown.setAccessibleName(self.tr("Indicators shown"))

        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._shown)
        return box

    def _build_detail(self, parent: QWidget) -> QScrollArea:
        content = QWidget()
        self._detail_characteristic = QLabel(content)
        self._detail_characteristic.setWordWrap(True)
        _dim(self._detail_characteristic)
        self._detail_question = emphasize(WrappedLabel("", content), 1.2)
        self._detail_question.setAccessibleName(self.tr("Question"))
        self._detail_question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._detail_badge = emphasize(WrappedLabel("", content))
        self._detail_badge.hide()
        self._histogram = LevelHistogram(self._language, content)
        self._histogram.setFont(scale_font(self._histogram.font(), 1.1))
        self._detail_stats = WrappedLabel("", content)
        self._detail_stats.setAccessibleName(self.tr("Median and spread"))
        self._no_answers = WrappedLabel(
            self.tr("No participant has answered yet. Add participants, or import their answers."),
            content,
        )
        self._no_answers.hide()

        consensus_title = emphasize(QLabel(self.tr("Consensus"), content), 1.1)
        self._detail_consensus = WrappedLabel("", content)
        self._detail_consensus.setAccessibleName(self.tr("Consensus"))
        self._level_buttons: list[QPushButton] = []
        self._level_texts: list[WrappedLabel] = []
        self._level_counts: list[QLabel] = []
        levels = QGridLayout()
        levels.setColumnStretch(1, 1)
        levels.setHorizontalSpacing(10)
        width = self.fontMetrics().horizontalAdvance("  4  ") + 24
        for level in LEVELS:
            button = QPushButton(str(level), content)
            button.setObjectName(f"consensus_level_{level}")
            button.setCheckable(True)
            button.setFixedWidth(width)
            button.installEventFilter(self)
            # Not in a QButtonGroup: Tab would then skip all but the first button.
            button.clicked.connect(lambda _checked=False, level=level: self._level_clicked(level))
            text = WrappedLabel("", content)
            count = QLabel(content)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            levels.addWidget(button, level, 0, Qt.AlignmentFlag.AlignTop)
            levels.addWidget(text, level, 1)
            levels.addWidget(count, level, 2, Qt.AlignmentFlag.AlignTop)
            self._level_buttons.append(button)
            self._level_texts.append(text)
            self._level_counts.append(count)
        self._median_button = QPushButton(self.tr("Use the &median (M)"), content)
        self._median_button.setObjectName("use_median")
        self._median_button.setAccessibleName(self.tr("Use the median as the consensus"))
        self._median_button.clicked.connect(self.use_median)
        self._median_button.installEventFilter(self)
        self._clear_button = QPushButton(self.tr("C&lear (Del)"), content)
        self._clear_button.setObjectName("clear_consensus")
        self._clear_button.setAccessibleName(self.tr("Clear the consensus"))
        self._clear_button.clicked.connect(self.clear_consensus)
        self._clear_button.installEventFilter(self)
        actions = QHBoxLayout()
        actions.addWidget(self._median_button)
        actions.addWidget(self._clear_button)
        actions.addStretch(1)
        self._message = WrappedLabel("", content)
        self._message.setAccessibleName(self.tr("Message"))
        self._message.hide()

        who_title = emphasize(QLabel(self.tr("Who chose what"), content), 1.1)
        self._who = WrappedLabel("", content)
        self._who.setAccessibleName(self.tr("Who chose what"))
        self._who.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(self._histogram, 1)
        column = QVBoxLayout(content)
        column.addWidget(self._detail_characteristic)
        column.addWidget(self._detail_question)
        column.addWidget(self._detail_badge)
        column.addLayout(top)
        column.addWidget(self._detail_stats)
        column.addWidget(self._no_answers)
        column.addSpacing(6)
        column.addWidget(consensus_title)
        column.addWidget(self._detail_consensus)
        column.addLayout(levels)
        column.addLayout(actions)
        column.addWidget(self._message)
        column.addSpacing(6)
        column.addWidget(who_title)
        column.addWidget(self._who)
        column.addStretch(1)

        scroll = QScrollArea(parent)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.setMinimumWidth(260)
        self._detail = content
        return scroll

    def _build_side(self, parent: QWidget) -> QScrollArea:
        content = QWidget()
        people = QGroupBox(self.tr("Participants"), content)
        self._participant_count = QLabel(people)
        self._participant_count.setAccessibleName(self.tr("Number of participants"))
        self._participant_list = QListView(people)
        self._participant_list.setModel(self._participants)
        self._participant_list.setObjectName("participants")
        self._participant_list.setAccessibleName(self.tr("Participants"))
        self._participant_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._participant_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self._show_names = QCheckBox(self.tr("Show &names"), people)
        self._show_names.setObjectName("show_names")
        self._show_names.setAccessibleName(self.tr("Show the participants' names"))
        self._show_names.setToolTip(
            self.tr("When unticked, participants are called Participant 1, 2, … on screen.")
        )
        self._show_names.setChecked(self._participants.show_names)
        self._show_names.toggled.connect(self.set_show_names)
        self._add = QPushButton(self.tr("&Add participant…"), people)
        self._add.setObjectName("add_participant")
        self._add.setAccessibleName(self.tr("Add a participant"))
        self._add.clicked.connect(self._open_add_participant)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self._participant_count)
        people_layout.addWidget(self._participant_list, 1)
        people_layout.addWidget(self._show_names)
        people_layout.addWidget(self._add)
        self._remove = QPushButton(self.tr("Re&move participant…"), people)
        self._remove.setObjectName("remove_participant")
        self._remove.setToolTip(self.tr("Remove the selected participant and their answers"))
        self._remove.clicked.connect(self._remove_selected_participant)
        people_layout.addWidget(self._remove)

        roles = QGroupBox(self.tr("Results by role"), content)
        self._role_table = _CompactTable(roles)
        self._role_table.set_model(self._roles)
        self._role_table.setObjectName("role_results")
        self._role_table.setAccessibleName(self.tr("Overall score by role"))
        self._no_roles = WrappedLabel(self.tr("No participant has a role yet."), roles)
        note = WrappedLabel(
            arg(
                self.tr(
                    "A role held by fewer than %1 participants is hidden, so that nobody's "
                    "answers can be guessed."
                ),
                number(DEFAULT_ANONYMITY_MINIMUM, self._language),
            ),
            roles,
        )
        _dim(note)
        roles_layout = QVBoxLayout(roles)
        roles_layout.addWidget(self._role_table)
        roles_layout.addWidget(self._no_roles)
        roles_layout.addWidget(note)

        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(people, 1)
        column.addWidget(roles)

        scroll = QScrollArea(parent)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.setMinimumWidth(200)
        return scroll

    def _build_buttons(self) -> QHBoxLayout:
        self._home = QPushButton(self.tr("&Home"), self)
        self._home.setObjectName("home")
        self._home.setAccessibleName(self.tr("Back to the home page"))
        self._home.clicked.connect(self.home_requested)
        self._present = QPushButton(self.tr("&Present (F11)"), self)
        self._present.setObjectName("present")
        self._present.setAccessibleName(self.tr("Presentation mode"))
        self._present.setToolTip(
            self.tr("Full screen, one indicator at a time, in large type. Esc leaves.")
        )
        self._present.clicked.connect(self.enter_presentation)
        self._results = QPushButton(self.tr("See &results"), self)
        self._results.setObjectName("results")
        self._results.setAccessibleName(self.tr("See the results of the consensus"))
        self._results.clicked.connect(self._request_results)
        row = QHBoxLayout()
        row.addWidget(self._home)
        row.addStretch(1)
        row.addWidget(self._present)
        row.addWidget(self._results)
        return row

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self._reopen,
            self._show,
            self._characteristic,
            self._table,
            *self._level_buttons,
            self._median_button,
            self._clear_button,
            self._participant_list,
            self._show_names,
            self._add,
            self._role_table,
            self._home,
            self._present,
            self._results,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- showing

    @property
    def assessment_uuid(self) -> str | None:
        return self._uuid

    @property
    def indicator_model(self) -> IndicatorSpreadModel:
        return self._model

    @property
    def role_model(self) -> RoleResultsModel:
        return self._roles

    def show_workshop(self, assessment_uuid: str) -> None:
        """Load and show the workshop ``assessment_uuid`` (again, after a change elsewhere);
        the selected indicator and the filters stay as they were for the same workshop."""
        view = self._workspace.workshop(assessment_uuid)
        same = assessment_uuid == self._uuid
        self._uuid = assessment_uuid
        self._view = view
        self._read_only = view.assessment.status == "finished"
        if not same:
            self._current = None
        framework = view.framework
        language = self._language

        self._title.setText(view.assessment.organization_name)
        self._banner.setVisible(self._read_only)

        self._characteristic.blockSignals(True)
        chosen = self._characteristic.currentData() if same else None
        self._characteristic.clear()
        self._characteristic.addItem(self.tr("All characteristics"), None)
        for characteristic in framework.characteristics:
            self._characteristic.addItem(characteristic.name.get(language), characteristic.id)
        self._characteristic.setCurrentIndex(max(0, self._characteristic.findData(chosen)))
        self._characteristic.blockSignals(False)
        if not same:
            self._show.blockSignals(True)
            self._show.setCurrentIndex(0)
            self._show.blockSignals(False)

        self._model.set_spreads(framework, view.spreads)
        self._model.set_filter(self._show.currentData(), self._characteristic.currentData())
        self._participants.set_participants(
            view.participants, view.answers, framework.indicator_count
        )
        self._roles.set_results(view.by_role, view.participants)
        self._role_table.setVisible(self._roles.rowCount() > 0)
        self._no_roles.setVisible(self._roles.rowCount() == 0)
        count = len(view.participants)
        self._participant_count.setText(self.tr("%n participant(s)", "", count))
        self._subtitle.setText(
            arg(
                self.tr("Workshop of %1 — %2"),
                format_date(view.assessment.assessed_on, language),
                self.tr("%n participant(s)", "", count),
            )
        )
        for widget in (
            *self._level_buttons,
            self._median_button,
            self._clear_button,
            self._add,
        ):
            widget.setEnabled(not self._read_only)
        self._show_message("")
        self._update_counts()
        self._select(self._current)

    def _update_counts(self) -> None:
        agreed, total = self._model.agreed_count(), self._model.total_count()
        self._agreed.setText(self._agreed_text())
        self._progress.setRange(0, max(total, 1))
        self._progress.setValue(agreed)
        self._to_discuss.setText(
            arg(
                self.tr("%1 to discuss, %2 of them without consensus"),
                number(self._model.divergent_count(), self._language),
                number(self._model.open_divergent_count(), self._language),
            )
        )
        self._shown.setText(
            arg(
                self.tr("Showing %1 of %2 indicators"),
                number(self._model.rowCount(), self._language),
                number(total, self._language),
            )
        )

    def _agreed_text(self) -> str:
        return arg(
            self.tr("%1 of %2 agreed"),
            number(self._model.agreed_count(), self._language),
            number(self._model.total_count(), self._language),
        )

    def _select(self, indicator_id: str | None) -> None:
        """Select an indicator's row (the first row when it is not shown)."""
        row = self._model.row_of(indicator_id) if indicator_id else -1
        if row < 0 and self._model.rowCount():
            row = 0
        if row < 0:
            self._current = None
            self._show_current()
            return
        # Current first, so that the view's currentRowChanged finds nothing new to show.
        self._current = self._model.spread(row).indicator.id
        index = self._model.index(row, IndicatorSpreadModel.INDICATOR)
        self._table.setCurrentIndex(index)
        self._table.scrollTo(index)
        self._show_current()

    def select_indicator(self, indicator_id: str) -> None:
        """Select an indicator (shown under the current filter)."""
        self._select(indicator_id)

    def current_indicator(self) -> str | None:
        """The id of the selected indicator."""
        return self._current

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        indicator_id = self._model.spread(current.row()).indicator.id
        if indicator_id != self._current:
            self._current = indicator_id
            self._show_message("")
            self._show_current()

    def _current_spread(self) -> IndicatorSpread | None:
        return self._model.spread_of(self._current) if self._current else None

    def _show_current(self) -> None:
        spread = self._current_spread()
        view = self._view
        self._detail.setEnabled(spread is not None)
        if spread is None or view is None:
            self._detail_characteristic.setText("")
            self._detail_question.setText(self.tr("No indicator to show."))
            self._detail_badge.hide()
            self._histogram.set_counts((0,) * len(LEVELS))
            self._detail_stats.setText("")
            self._detail_consensus.setText("")
            self._who.setText("")
            return
        language = self._language
        indicator = spread.indicator
        self._detail_characteristic.setText(
            view.framework.characteristic_of(indicator.id).name.get(language)
        )
        self._detail_question.setText(
            f"{self._model.indicator_number(indicator.id)}  {indicator.question.get(language)}"
        )
        if spread.divergent and spread.spread is not None:
            self._detail_badge.setText(
                arg(
                    self.tr("To discuss: participants are %1 levels apart."),
                    number(spread.spread, language),
                )
            )
            set_text_colour(self._detail_badge, bad_colour(self.palette()))
        self._detail_badge.setVisible(spread.divergent)
        consensus = spread.consensus.level if has_consensus(spread) and spread.consensus else None
        self._histogram.set_counts(spread.counts, consensus)
        who = self._who_chose_what(spread)
        self._histogram.setToolTip(who)
        self._detail_stats.setText(_stats_text(spread, language))
        self._no_answers.setVisible(not view.participants)
        self._detail_consensus.setText(_consensus_text(spread, language, self._read_only))
        set_text_colour(
            self._detail_consensus, good_colour(self.palette()) if consensus is not None else None
        )
        texts = indicator.levels.get(language)
        for level in LEVELS:
            button = self._level_buttons[level]
            description = texts[level] if level < len(texts) else ""
            button.setChecked(level == consensus)
            button.setAccessibleName(arg(self.tr("Agree on level %1: %2"), level, description))
            button.setToolTip(arg(self.tr("Agree on level %1 (key %1)"), level))
            text = self._level_texts[level]
            text.setText(description)
            font = text.font()
            font.setBold(level == consensus)
            text.setFont(font)
            self._level_counts[level].setText(
                self.tr("%n participant(s)", "", spread.counts[level])
            )
        median = suggested_consensus(spread)
        self._median_button.setEnabled(not self._read_only and median is not None)
        self._median_button.setToolTip(
            self.tr("No participant gave a level.")
            if median is None
            else arg(
                self.tr("Record level %1, the median rounded down (key M)"),
                number(median, language),
            )
        )
        self._who.setText(who)
        if self._presentation.isVisible():
            self._show_in_presentation(spread)

    def _who_chose_what(self, spread: IndicatorSpread) -> str:
        view = self._view
        if view is None or not view.participants:
            return self.tr("No participants yet.")
        labels = self._participants.labels()
        by_level: dict[int, list[str]] = {}
        not_applicable: list[str] = []
        unanswered: list[str] = []
        for participant in view.participants:
            answer = view.answers.get(participant.uuid, {}).get(spread.indicator.id)
            label = labels.get(participant.uuid, "")
            if answer is None or not answer.is_answered:
                unanswered.append(label)
            elif answer.level is None:
                not_applicable.append(label)
            else:
                by_level.setdefault(answer.level, []).append(label)
        lines = [
            arg(self.tr("Level %1: %2"), level, ", ".join(by_level[level]))
            for level in LEVELS
            if level in by_level
        ]
        if not_applicable:
            lines.append(arg(self.tr("Not applicable: %1"), ", ".join(not_applicable)))
        if unanswered:
            lines.append(arg(self.tr("Not answered: %1"), ", ".join(unanswered)))
        return "\n".join(lines)

    def _show_in_presentation(self, spread: IndicatorSpread) -> None:
        row = self._model.row_of(spread.indicator.id)
        position = arg(
            self.tr("Indicator %1 · %2 of %3 · %4"),
            self._model.indicator_number(spread.indicator.id),
            number(row + 1, self._language),
            number(self._model.rowCount(), self._language),
            self._view.framework.characteristic_of(spread.indicator.id).name.get(self._language)
            if self._view
            else "",
        )
        self._presentation.show_spread(spread, position, self._agreed_text(), self._read_only)

    def _show_message(self, message: str) -> None:
        self._message.setText(message)
        self._message.setVisible(bool(message))
        if message:
            set_text_colour(self._message, bad_colour(self.palette()))
        self._presentation.show_message(message)

    # -- the consensus

    def set_consensus(self, level: int | None) -> bool:
        """Record ``level`` (None: clear it) as the group's answer for the selected
        indicator, at once. False, with the reason shown, when it cannot be saved."""
        uuid, indicator_id = self._uuid, self._current
        if uuid is None or indicator_id is None:
            return False
        try:
            answer = self._workspace.set_consensus(uuid, indicator_id, level)
        except TranslatableError as error:
            self._show_message(error.message(translation(self._language).gettext))
            self._show_current()
            return False
        self._model.set_consensus(indicator_id, answer)
        self._show_message("")
        self._update_counts()
        self._show_current()
        self.answers_changed.emit(uuid)
        return True

    def use_median(self) -> bool:
        """Record the suggested consensus (the median rounded down) for the selected one."""
        spread = self._current_spread()
        if spread is None:
            return False
        level = suggested_consensus(spread)
        if level is None:
            self._show_message(self.tr("No participant gave a level: there is no median."))
            return False
        return self.set_consensus(level)

    def clear_consensus(self) -> bool:
        return self.set_consensus(None)

    def _level_clicked(self, level: int) -> None:
        self.set_consensus(level)

    # -- moving

    def move_by(self, step: int) -> None:
        """Select the indicator ``step`` rows down (up when negative), within the list."""
        count = self._model.rowCount()
        if not count:
            return
        row = self._model.row_of(self._current) if self._current else -1
        target = min(max(row + step, 0), count - 1) if row >= 0 else 0
        self._show_message("")
        self._select(self._model.spread(target).indicator.id)

    def next_to_discuss(self) -> None:
        """Select the next indicator where participants diverge (one without a consensus
        first)."""
        row = self._model.row_of(self._current) if self._current else -1
        target = self._model.next_to_discuss(row)
        if target < 0:
            self._show_message(self.tr("No indicator to discuss in this list."))
            return
        self._show_message("")
        self._select(self._model.spread(target).indicator.id)

    def _filter_changed(self) -> None:
        self._model.set_filter(self._show.currentData(), self._characteristic.currentData())
        self._update_counts()
        self._select(self._current)

    # -- participants

    def set_show_names(self, show: bool) -> None:
        """Show participants' names (True) or "Participant 1, 2, …"; remembered."""
        self._settings.setValue(SHOW_NAMES_KEY, show)
        self._participants.set_show_names(show)
        if self._show_names.isChecked() != show:
            self._show_names.setChecked(show)
        self._show_current()

    def _open_add_participant(self) -> None:
        from sseassess.ui.participant_dialog import ParticipantDialog

        if self._uuid is None:
            return
        dialog = ParticipantDialog(self._workspace, self._uuid, self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.participant_added.connect(self._participant_added)
        dialog.open()

    def _remove_selected_participant(self) -> None:
        """Remove a participant recorded by mistake, with their answers, after asking."""
        index = self._participant_list.currentIndex()
        if self._uuid is None or not index.isValid():
            return
        participant = self._participants.participant(index.row())
        label = self._participants.labels().get(participant.uuid, participant.display_name)
        answer = QMessageBox.question(
            self,
            self.tr("Remove participant"),
            arg(self.tr("Remove %1 and their answers from this workshop?"), label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._workspace.remove_participant(self._uuid, participant.uuid)
        except TranslatableError as error:
            QMessageBox.warning(
                self,
                self.tr("Remove participant"),
                error.message(translation(self._language).gettext),
            )
            return
        self.show_workshop(self._uuid)

    def _participant_added(self, _participant: ParticipantRecord) -> None:
        if self._uuid is not None:
            self.show_workshop(self._uuid)

    # -- presentation mode

    def is_presenting(self) -> bool:
        return self._presentation.isVisible()

    def presentation_view(self) -> PresentationView:
        return self._presentation

    def enter_presentation(self) -> None:
        """Show the selected indicator full screen, in large type."""
        if self._presentation.isVisible():
            return
        screen = self.screen()
        if screen is not None:
            self._presentation.set_scale(presentation_scale(screen.geometry().height()))
            self._presentation.setScreen(screen)
            self._presentation.setGeometry(screen.geometry())
        spread = self._current_spread()
        if spread is not None:
            self._show_in_presentation(spread)
        self._presentation.showFullScreen()
        self._presentation.activateWindow()
        self._presentation.setFocus()
        self.presentation_changed.emit(True)

    def leave_presentation(self) -> None:
        if self._presentation.isVisible():
            self._presentation.close()

    def toggle_presentation(self) -> None:
        if self._presentation.isVisible():
            self.leave_presentation()
        else:
            self.enter_presentation()

    def _presentation_closed(self) -> None:
        self.presentation_changed.emit(False)
        self._table.setFocus()

    # -- keys

    def _handle_key(self, event: QKeyEvent) -> bool:
        """Act on a workshop key; True when it was one."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        presenting = self._presentation.isVisible()
        if key == Qt.Key.Key_F11 and not modifiers:
            self.toggle_presentation()
            return True
        if key == Qt.Key.Key_Escape and presenting:
            self.leave_presentation()
            return True
        # Shift is allowed: on some keyboards (French AZERTY) the digits need it.
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        text = event.text()
        if text in _DIGITS:
            self.set_consensus(_DIGITS[text])
            return True
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_K: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_J: 1}
        if presenting:  # presenter remotes send Page Up / Page Down
            steps.update({Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1})
        if key in steps:
            self.move_by(steps[Qt.Key(key)])
            return True
        if key == Qt.Key.Key_N:
            self.next_to_discuss()
            return True
        if key == Qt.Key.Key_M:
            self.use_median()
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_consensus()
            return True
        return False

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and (
            watched is self._table
            or watched is self._presentation
            or isinstance(watched, QAbstractButton)
        ):
            key_event = cast(QKeyEvent, event)
            if self._handle_key(key_event):
                return True
        return super().eventFilter(watched, event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_key(event):
            super().keyPressEvent(event)

    # -- actions

    def _request_results(self) -> None:
        if self._uuid is not None:
            self.results_requested.emit(self._uuid)

    def _reopen_workshop(self) -> None:
        if self._uuid is None:
            return
        try:
            self._workspace.reopen(self._uuid)
        except TranslatableError as error:
            self._show_message(error.message(translation(self._language).gettext))
            return
        self.show_workshop(self._uuid)
        self.status_changed.emit("in_progress")

    # -- what the user sees, for tests and accessibility tools

    def agreed_text(self) -> str:
        return self._agreed.text()

    def message_text(self) -> str:
        return self._message.text() if not self._message.isHidden() else ""

    def shown_indicators(self) -> list[str]:
        """The ids of the indicators listed, top to bottom."""
        return [self._model.spread(row).indicator.id for row in range(self._model.rowCount())]

    def participant_texts(self) -> list[str]:
        """The participants as listed ("Participant 1 — Worker" unless names are shown)."""
        return [
            str(self._participants.index(row, 0).data())
            for row in range(self._participants.rowCount())
        ]

    def who_chose_what_text(self) -> str:
        return self._who.text()

    def banner_visible(self) -> bool:
        return not self._banner.isHidden()

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        # Another page replaced this one: the projector should not keep showing the workshop.
        # (A minimized main window hides the page spontaneously: presentation stays then.)
        if not event.spontaneous():
            self.leave_presentation()
        super().hideEvent(event)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._view is not None:
            self._show_current()
        super().changeEvent(event)
