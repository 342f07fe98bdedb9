"""The workshop divergence view: where participants agree or diverge, and the group's consensus.

Built for a facilitator at a projector: indicators where participants diverge come first,
one key or one click records the consensus, and a full-screen presentation mode shows one
indicator at a time in large type. Participants are anonymous unless names are shown.
The page loads the workshop and records what is decided; its parts show it
(``indicator_list``, ``consensus_panel``, ``participants_panel``, ``presentation_view``)
and ``keys`` says which key does what.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.text import TranslatableError
from sseassess.domain.workshop import suggested_consensus
from sseassess.i18n import format_date, translation
from sseassess.ui.decorators import override
from sseassess.ui.fonts import emphasize
from sseassess.ui.models.indicator_spread_model import IndicatorSpreadModel
from sseassess.ui.models.participant_list_model import ParticipantListModel
from sseassess.ui.models.role_results_model import RoleResultsModel
from sseassess.ui.settings import SHOW_NAMES
from sseassess.ui.text import arg, number
from sseassess.ui.widgets.wrapped_label import WrappedLabel
from sseassess.ui.workshop import spread_text
from sseassess.ui.workshop.consensus_panel import ConsensusPanel
from sseassess.ui.workshop.indicator_list import IndicatorList
from sseassess.ui.workshop.keys import action_for
from sseassess.ui.workshop.participants_panel import ParticipantsPanel
from sseassess.ui.workshop.presentation_view import PresentationView, presentation_scale

if TYPE_CHECKING:
    from sseassess.app.workspace import WorkshopView, Workspace
    from sseassess.domain.records import ParticipantRecord
    from sseassess.domain.workshop import IndicatorSpread


def _scrolled(content: QWidget, parent: QWidget, minimum_width: int) -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls up and down only."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    scroll.setMinimumWidth(minimum_width)
    return scroll


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
        self._participants.set_show_names(SHOW_NAMES.get(settings))
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
        self._list = IndicatorList(self._model, self._language, parent)
        self._list.filter_changed.connect(self._filter_changed)
        self._list.row_changed.connect(self._current_row_changed)
        self._table = self._list.table
        self._table.installEventFilter(self)
        return self._list

    def _build_detail(self, parent: QWidget) -> QScrollArea:
        self._detail = ConsensusPanel(self._language)
        for button in self._detail.buttons():
            button.installEventFilter(self)
        self._detail.level_chosen.connect(self.set_consensus)
        self._detail.median_requested.connect(self.use_median)
        self._detail.clear_requested.connect(self.clear_consensus)
        self._detail.not_applicable_requested.connect(self.ask_not_applicable)
        return _scrolled(self._detail, parent, minimum_width=260)

    def _build_side(self, parent: QWidget) -> QScrollArea:
        self._side = ParticipantsPanel(self._participants, self._roles, self._language)
        self._side.show_names_toggled.connect(self.set_show_names)
        self._side.add_requested.connect(self._open_add_participant)
        self._side.remove_requested.connect(self._remove_participant)
        return _scrolled(self._side, parent, minimum_width=200)

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
            *self._list.focus_chain(),
            *self._detail.buttons(),
            *self._side.focus_chain(),
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

        self._list.set_framework(framework, same_workshop=same)
        self._model.set_spreads(framework, view.spreads)
        self._model.set_filter(self._list.show_filter(), self._list.characteristic())
        self._side.show_workshop(view)
        count = len(view.participants)
        self._subtitle.setText(
            self.tr("Workshop on {date} — {participants}").format(
                date=format_date(view.assessment.assessed_on, language),
                participants=self.tr("%n participant(s)", "", count),
            )
        )
        self._detail.set_read_only(self._read_only)
        self._side.set_read_only(self._read_only)
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
        self._list.set_counts(total)

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
        self._list.select_row(row)
        self._show_current()

    def select_indicator(self, indicator_id: str) -> None:
        """Select an indicator (shown under the current filter)."""
        self._select(indicator_id)

    def current_indicator(self) -> str | None:
        """The id of the selected indicator."""
        return self._current

    def _current_row_changed(self, row: int) -> None:
        indicator_id = self._model.spread(row).indicator.id
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
            self._detail.show_nothing()
            return
        indicator = spread.indicator
        self._detail.show_spread(
            spread,
            characteristic=view.framework.characteristic_of(indicator.id).name.get(self._language),
            question=(
                f"{self._model.indicator_number(indicator.id)}  "
                f"{indicator.question.get(self._language)}"
            ),
            who=spread_text.who_chose_what(
                spread,
                view.participants,
                view.answers,
                self._participants.labels(),
                individual=self._participants.show_names,
            ),
            notes=spread_text.notes_text(spread),
            answered=bool(view.participants),
            read_only=self._read_only,
        )
        if self._presentation.isVisible():
            self._show_in_presentation(spread)

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
        self._detail.show_message(message)
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

    def ask_not_applicable(self) -> bool:
        """Ask why the indicator does not apply, then record "not applicable" as the
        group's answer (only where the framework allows it)."""
        from PySide6.QtWidgets import QInputDialog

        spread = self._current_spread()
        if spread is None:
            return False
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Not applicable"),
            self.tr("Why does this indicator not apply to the organization?"),
        )
        if not accepted:
            return False
        if not reason.strip():
            self._show_message(self.tr("Say why it does not apply; nothing was recorded."))
            return False
        return self.set_not_applicable(reason)

    def set_not_applicable(self, reason: str) -> bool:
        """Record "not applicable", for ``reason``, as the selected indicator's consensus."""
        uuid, indicator_id = self._uuid, self._current
        if uuid is None or indicator_id is None:
            return False
        try:
            answer = self._workspace.set_consensus(
                uuid, indicator_id, None, not_applicable=True, reason=reason.strip()
            )
        except TranslatableError as error:
            self._show_message(error.message(translation(self._language).gettext))
            return False
        self._model.set_consensus(indicator_id, answer)
        self._show_message("")
        self._update_counts()
        self._show_current()
        self.answers_changed.emit(uuid)
        return True

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
        self._model.set_filter(self._list.show_filter(), self._list.characteristic())
        self._update_counts()
        self._select(self._current)

    # -- participants

    def set_show_names(self, show: bool) -> None:
        """Show participants' names (True) or "Participant 1, 2, …"; remembered."""
        SHOW_NAMES.set(self._settings, show)
        self._side.set_show_names(show)
        self._show_current()

    def _open_add_participant(self) -> None:
        from sseassess.ui.dialogs.participant_dialog import ParticipantDialog

        if self._uuid is None:
            return
        dialog = ParticipantDialog(self._workspace, self._uuid, self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.participant_added.connect(self._participant_added)
        dialog.open()

    def _remove_participant(self, participant: ParticipantRecord) -> None:
        """Remove a participant recorded by mistake, with their answers, after asking."""
        if self._uuid is None:
            return
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
        action = action_for(event, presenting=self._presentation.isVisible())
        if action is None:
            return False
        action(self)
        return True

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
        return self._detail.message_text()

    def shown_indicators(self) -> list[str]:
        """The ids of the indicators listed, top to bottom."""
        return [self._model.spread(row).indicator.id for row in range(self._model.rowCount())]

    def participant_texts(self) -> list[str]:
        """The participants as listed ("Participant 1 — Worker" unless names are shown)."""
        return self._side.participant_texts()

    def who_chose_what_text(self) -> str:
        return self._detail.who_chose_what_text()

    def notes_text(self) -> str:
        """The participants' notes on the selected indicator, as shown (no names)."""
        return self._detail.notes_text()

    def what_is_shown(self) -> str:
        """What the page says "Show individual answers" reveals, in its position now."""
        return self._side.what_is_shown()

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
