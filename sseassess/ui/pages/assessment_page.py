"""The assessment wizard: one page per characteristic, every change saved at once."""

from __future__ import annotations

import dataclasses
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QIcon,
    QKeySequence,
    QPixmap,
    QShortcut,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sseassess.app.maintenance import (
    ChangedElsewhereError,
    DamagedDatabaseError,
    DatabaseBusyError,
    StorageError,
)
from sseassess.domain.answers import Answer
from sseassess.domain.edits import rebase
from sseassess.domain.framework import Framework
from sseassess.domain.names import safe_extension
from sseassess.domain.text import TranslatableError
from sseassess.i18n import translation
from sseassess.ui.decorators import override
from sseassess.ui.fonts import heading
from sseassess.ui.settings import EVIDENCE_FOLDER
from sseassess.ui.tasks import Cancelled, Progress, TaskRunner
from sseassess.ui.text import arg
from sseassess.ui.widgets.indicator_widget import IndicatorWidget

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace
    from sseassess.domain.records import AssessmentRecord, EvidenceRecord

#: How long the position must stay put before it is written.
POSITION_SAVE_DELAY_MS = 600
# How soon a save that failed (the database locked, a full disk) is tried again.
RETRY_DELAY_MS = 2000
# How often the page looks whether the assessment changed elsewhere (one cheap query).
WATCH_INTERVAL_MS = 3000


class _AnswerCommand(QUndoCommand):
    """A change of level, N/A or discussion mark that Ctrl+Z can take back.

    Only those choices travel with the command: the note and the reason stay as they are
    stored when it is undone or redone (typing has its own undo in the text fields).
    """

    def __init__(self, page: AssessmentPage, before: Answer, after: Answer, text: str) -> None:
        super().__init__(text)
        self._page = page
        self._before = before
        self._after = after

    def _apply(self, choice: Answer) -> None:
        current = self._page.stored_answer(choice.indicator_id)
        self._page._store(
            dataclasses.replace(
                current,
                level=choice.level,
                not_applicable=choice.not_applicable,
                reason=choice.reason if choice.not_applicable else "",
                for_discussion=choice.for_discussion,
            )
        )

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


class AssessmentPage(QWidget):
    """Guides through the characteristics; answers are committed as they are given."""

    results_requested = Signal(str)
    home_requested = Signal()
    answers_changed = Signal(str)
    # A save found the database file damaged: the window offers to restore a backup.
    database_damaged = Signal()

    def __init__(
        self,
        workspace: Workspace,
        language: str,
        settings: QSettings,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._runner = runner or TaskRunner()
        self._language = language
        self._settings = settings
        self._record: AssessmentRecord | None = None
        self._framework: Framework | None = None
        self._answers: dict[str, Answer] = {}
        self._evidence: dict[str, list[EvidenceRecord]] = {}
        self._widgets: dict[str, IndicatorWidget] = {}
        self._current_indicator: str | None = None
        # The position is written a moment after it settles, not on every page or focus
        # change: a committed write waits for the disk, which the GUI thread must not do
        # at each step. Losing it in a crash only reopens one page earlier.
        self._saved_indicator: str | None = None
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_SAVE_DELAY_MS)
        self._position_timer.timeout.connect(self._save_position)
        self._temp: tempfile.TemporaryDirectory[str] | None = None
        self._undo = QUndoStack(self)
        # The revision the answers shown were read at; a save "over" another one finds
        # that the assessment changed elsewhere, and the page reloads rather than write
        # over that change.
        self._revision = 0
        # Answers given here that could not be stored yet (the database locked, a full
        # disk): they stay in their fields, marked, and are tried again.
        self._unsaved: dict[str, Answer] = {}
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_DELAY_MS)
        self._retry_timer.timeout.connect(self.retry_unsaved)
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(WATCH_INTERVAL_MS)
        self._watch_timer.timeout.connect(self.check_for_changes)

        self._title = heading("", 1.3, self)
        self._title.setObjectName("title")
        self._description = QLabel(self)
        self._description.setWordWrap(True)
        self._banner = QFrame(self)
        self._banner.setObjectName("finished_banner")
        self._banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_text = QLabel(self.tr("This assessment is finished; its answers are read-only."))
        banner_text.setWordWrap(True)
        reopen = QPushButton(self.tr("Re&open"), self._banner)
        reopen.clicked.connect(self._reopen)
        banner_layout = QHBoxLayout(self._banner)
        banner_layout.addWidget(banner_text, 1)
        banner_layout.addWidget(reopen)
        self._banner.hide()

        self._sidebar = QListWidget(self)
        self._sidebar.setObjectName("characteristics")
        self._sidebar.setAccessibleName(self.tr("Characteristics"))
        self._sidebar.setWordWrap(True)
        self._sidebar.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._sidebar.currentRowChanged.connect(self._show_page)
        self._sidebar.setMinimumWidth(220)
        self._pages = QStackedWidget(self)

        # The arrows are icons that follow the reading direction (see _show_arrows).
        self._previous = QPushButton(self.tr("&Previous"), self)
        self._previous.setToolTip(self.tr("Previous characteristic (Ctrl+Page Up)"))
        self._next = QPushButton(self.tr("&Next"), self)
        self._next.setToolTip(self.tr("Next characteristic (Ctrl+Page Down)"))
        self._show_arrows()
        self._results = QPushButton(self.tr("See &results"), self)
        self._results.setToolTip(self.tr("Scores, chart and certificate rules (Ctrl+R)"))
        self._home = QPushButton(self.tr("&Home"), self)
        self._saved = QLabel(self)
        for widget, name in (
            (self._previous, "previous"),
            (self._next, "next"),
            (self._results, "results"),
            (self._home, "home"),
            (self._saved, "save_status"),
        ):
            widget.setObjectName(name)
        self._saved.setAccessibleName(self.tr("Save status"))
        self._previous.clicked.connect(lambda: self.go(-1))
        self._next.clicked.connect(lambda: self.go(+1))
        self._results.clicked.connect(self._open_results)
        self._home.clicked.connect(self._go_home)
        for keys, slot in (
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), lambda: self.go(+1)),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), lambda: self.go(-1)),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), lambda: self._go_towards(+1)),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), lambda: self._go_towards(-1)),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R), self._open_results),
            (QKeySequence.StandardKey.Undo, self._undo.undo),
            (QKeySequence.StandardKey.Redo, self._undo.redo),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._banner)
        right_layout.addWidget(self._title)
        right_layout.addWidget(self._description)
        right_layout.addWidget(self._pages, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self._sidebar)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        splitter.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self._home)
        buttons.addWidget(self._saved, 1)
        for button in (self._previous, self._next, self._results):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- opening

    def open_assessment(self, uuid: str) -> None:
        """Show an assessment where it was left (the characteristic of the last indicator)."""
        self.flush()
        self._unsaved.clear()
        self._retry_timer.stop()
        self._record = self._workspace.assessment(uuid)
        self._framework = self._workspace.framework_of(self._record)
        self._revision, self._answers = self._workspace.answers_at(uuid)
        self._evidence = self._workspace.evidence(uuid)
        self._widgets.clear()
        self._undo.clear()
        self._current_indicator = self._saved_indicator = self._record.current_indicator
        while (page := self._pages.widget(0)) is not None:
            self._pages.removeWidget(page)
            page.deleteLater()
        self._sidebar.blockSignals(True)
        self._sidebar.clear()
        for _characteristic in self._framework.characteristics:
            self._sidebar.addItem(QListWidgetItem())
            self._pages.addWidget(QWidget())  # built when first shown
        self._sidebar.blockSignals(False)
        self._update_sidebar()
        self._saved.setText("")
        read_only = self._record.status == "finished"
        self._banner.setVisible(read_only)
        start = 0
        if self._current_indicator and self._framework.has_indicator(self._current_indicator):
            characteristic = self._framework.characteristic_of(self._current_indicator)
            start = self._framework.characteristics.index(characteristic)
        self._sidebar.setCurrentRow(start)
        self._show_page(start)
        widget = self._widgets.get(self._current_indicator or "")
        if widget is not None:
            self._scroll_to(widget)
            widget.setFocus()
        self._watch_timer.start()

    def forget(self) -> None:
        """Show nothing (the database was replaced): nothing to save, nothing to watch."""
        self._watch_timer.stop()
        self._retry_timer.stop()
        self._unsaved.clear()
        self._position_timer.stop()
        self._record = None
        self._framework = None
        self._widgets.clear()

    @property
    def assessment_uuid(self) -> str | None:
        return self._record.uuid if self._record else None

    @property
    def current_characteristic(self) -> int:
        return self._sidebar.currentRow()

    def indicator_widget(self, indicator_id: str) -> IndicatorWidget:
        """The widget of an indicator (its characteristic's page is built if needed)."""
        assert self._framework is not None
        characteristic = self._framework.characteristic_of(indicator_id)
        self._build_page(self._framework.characteristics.index(characteristic))
        return self._widgets[indicator_id]

    # -- pages

    def go(self, step: int) -> None:
        row = self._sidebar.currentRow() + step
        if 0 <= row < self._sidebar.count():
            self._sidebar.setCurrentRow(row)
            first = self._first_widget(row)
            if first is not None:
                first.setFocus()

    def _go_towards(self, side: int) -> None:
        """Alt+→ (``side`` +1) or Alt+← (-1): the page on that side in reading order, that
        is the next one to the right left to right, and the previous one right to left."""
        self.go(-side if self.isRightToLeft() else side)

    def _show_arrows(self) -> None:
        """Previous points back and Next forward in the reading direction; Next carries its
        arrow after its text (its own direction is the page's, reversed)."""
        rtl = self.isRightToLeft()
        back, forward = QStyle.StandardPixmap.SP_ArrowLeft, QStyle.StandardPixmap.SP_ArrowRight
        if rtl:
            back, forward = forward, back
        self._previous.setIcon(self.style().standardIcon(back))
        self._next.setIcon(self.style().standardIcon(forward))
        self._next.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight if rtl else Qt.LayoutDirection.RightToLeft
        )

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._show_arrows()
        super().changeEvent(event)

    def _show_page(self, row: int) -> None:
        if self._framework is None or row < 0:
            return
        self.flush()
        self._build_page(row)
        self._pages.setCurrentIndex(row)
        characteristic = self._framework.characteristics[row]
        total = len(self._framework.characteristics)
        self._title.setText(
            arg(
                self.tr("%1 of %2 — %3"),
                row + 1,
                total,
                characteristic.name.get(self._language),
            )
        )
        self._description.setText(characteristic.description.get(self._language))
        ids = [indicator.id for indicator in characteristic.indicators]
        if self._current_indicator not in ids:
            self._remember_position(ids[0])
        self._previous.setEnabled(row > 0)
        self._next.setEnabled(row < total - 1)

    def _build_page(self, row: int) -> None:
        assert self._framework is not None and self._record is not None
        characteristic = self._framework.characteristics[row]
        if characteristic.indicators[0].id in self._widgets:
            return
        content = QWidget()
        layout = QVBoxLayout(content)
        read_only = self._record.status == "finished"
        for number, indicator in enumerate(characteristic.indicators, start=1):
            widget = IndicatorWidget(
                indicator,
                f"{row + 1}.{number}",
                self._language,
                self._answers.get(indicator.id),
                self._evidence.get(indicator.id, []),
                content,
            )
            widget.set_read_only(read_only)
            widget.answer_changed.connect(self._answer_changed)
            widget.evidence_add_requested.connect(self._add_evidence)
            widget.evidence_open_requested.connect(self._open_evidence)
            widget.evidence_remove_requested.connect(self._remove_evidence)
            layout.addWidget(widget)
            self._widgets[indicator.id] = widget
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        old = self._pages.widget(row)
        self._pages.insertWidget(row, scroll)
        if old is not None:
            self._pages.removeWidget(old)
            old.deleteLater()

    def _first_widget(self, row: int) -> IndicatorWidget | None:
        if self._framework is None:
            return None
        self._build_page(row)
        return self._widgets.get(self._framework.characteristics[row].indicators[0].id)

    def _scroll_to(self, widget: IndicatorWidget) -> None:
        scroll = self._pages.currentWidget()
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(widget, 0, 40)

    def _update_sidebar(self) -> None:
        if self._framework is None:
            return
        done_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        for row, characteristic in enumerate(self._framework.characteristics):
            answered = sum(
                1
                for i in characteristic.indicators
                if (a := self._answers.get(i.id)) is not None and a.is_answered
            )
            total = len(characteristic.indicators)
            item = self._sidebar.item(row)
            progress = arg(self.tr("%1 of %2 answered"), answered, total)
            item.setText(f"{row + 1}. {characteristic.name.get(self._language)}\n{progress}")
            item.setIcon(done_icon if answered == total else self._blank_icon())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text().replace("\n", ", "))

    def _blank_icon(self) -> QIcon:

        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        return QIcon(pixmap)

    def progress(self) -> list[str]:
        """The sidebar's texts (for tests and accessibility)."""
        return [self._sidebar.item(row).text() for row in range(self._sidebar.count())]

    # -- saving

    def flush(self) -> None:
        """Save anything still being typed, answers not saved yet, and where the user is."""
        for widget in self._widgets.values():
            widget.flush()
        if self._unsaved:
            self.retry_unsaved()
        self._save_position()

    @property
    def unsaved_count(self) -> int:
        """How many answers given here are not stored yet."""
        return len(self._unsaved)

    def _answer_changed(self, answer: Answer) -> None:
        if self._record is None or self._widgets.get(answer.indicator_id) is None:
            return  # a field of an assessment no longer shown
        before = self._answers.get(answer.indicator_id, Answer(answer.indicator_id))
        if before.note != answer.note or before.reason != answer.reason:
            self._store(answer)  # typing has its own undo in the text field
        else:
            self._undo.push(_AnswerCommand(self, before, answer, self.tr("change an answer")))

    def stored_answer(self, indicator_id: str) -> Answer:
        """The answer to ``indicator_id`` as last saved (empty when there is none)."""
        return self._answers.get(indicator_id, Answer(indicator_id))

    def _store(self, answer: Answer, quiet: bool = False) -> bool:
        """Commit ``answer`` now, over the revision shown; whether it was stored.

        When the assessment changed elsewhere, the page reloads and applies this change
        over the newer answers (asking first where both changed the same thing). When the
        save fails, what the user gave stays in its field, marked unsaved, and is tried
        again; nothing typed is ever replaced by the stored answer.
        """
        assert self._record is not None
        uuid, indicator = self._record.uuid, answer.indicator_id
        base = self._answers.get(indicator, Answer(indicator))
        for _attempt in range(3):
            try:
                revision = self._workspace.save_answer(uuid, answer, self._revision)
                break
            except ChangedElsewhereError:
                rebased = self._reload_and_rebase(base, answer)
                if rebased is None:
                    return True  # the user kept the other change; nothing to save
                base, answer = self._answers.get(indicator, Answer(indicator)), rebased
            except TranslatableError as error:
                self._keep_unsaved(answer, error, quiet)
                return False
        else:
            self._keep_unsaved(answer, None, quiet)
            return False
        self._revision = revision
        self._answers[indicator] = answer
        self._unsaved.pop(indicator, None)
        widget = self._widgets.get(indicator)
        if widget is not None:
            widget.set_unsaved(False)
            if widget.answer != answer and not widget.editing:
                widget.set_answer(answer)
        if self._unsaved:
            self._saved.setText(self._unsaved_text())
        else:
            self._saved.setText(arg(self.tr("✓ Saved at %1"), time.strftime("%H:%M:%S")))
        self._update_sidebar()
        self.answers_changed.emit(uuid)
        return True

    def _keep_unsaved(self, answer: Answer, error: TranslatableError | None, quiet: bool) -> None:
        """Keep ``answer`` to store later; its field keeps it, marked; say why, once."""
        first = answer.indicator_id not in self._unsaved
        self._unsaved[answer.indicator_id] = answer
        widget = self._widgets.get(answer.indicator_id)
        if widget is not None:
            widget.set_unsaved(True)
        self._saved.setText(self._unsaved_text())
        if isinstance(error, DamagedDatabaseError):
            self.database_damaged.emit()
            return
        if error is not None and not isinstance(error, StorageError):
            # Not something waiting fixes: said at once; tried again at the next change.
            if not quiet:
                QMessageBox.warning(self, self.tr("Not saved"), self._message(error))
            return
        if first and not quiet and error is not None and not isinstance(error, DatabaseBusyError):
            QMessageBox.warning(self, self.tr("Not saved"), self._message(error))
        self._retry_timer.start()

    def _unsaved_text(self) -> str:
        return self.tr("Not saved: %n answer(s) kept here; trying again…", "", len(self._unsaved))

    def retry_unsaved(self) -> None:
        """Try again to store the answers that could not be stored."""
        self._retry_timer.stop()
        for answer in list(self._unsaved.values()):
            if not self._store(answer, quiet=True):
                break

    def _reload_and_rebase(self, base: Answer, mine: Answer) -> Answer | None:
        """Read the answers again (they changed elsewhere) and show them; ``mine`` applied
        over the newer answer, or None when the user keeps the other change."""
        assert self._record is not None
        self._reload_answers()
        indicator = mine.indicator_id
        rebased = rebase(base, mine, self._answers.get(indicator, Answer(indicator)))
        if rebased.conflicts:
            choice = QMessageBox.question(
                self,
                self.tr("Changed elsewhere"),
                self.tr(
                    "This answer was changed elsewhere (in another window, program or "
                    "computer) while you were changing it here.\n\nKeep your version and "
                    "replace the other one?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if choice != QMessageBox.StandardButton.Yes:
                widget = self._widgets.get(indicator)
                if widget is not None:
                    widget.set_answer(rebased.theirs)
                    widget.set_unsaved(False)
                self._unsaved.pop(indicator, None)
                return None
        return rebased.answer

    def _reload_answers(self) -> None:
        """Read the answers and the revision again; show them in every field the user is
        not typing in and that holds nothing unsaved."""
        assert self._record is not None
        self._revision, self._answers = self._workspace.answers_at(self._record.uuid)
        for indicator, widget in self._widgets.items():
            if indicator in self._unsaved or widget.editing:
                continue
            stored = self._answers.get(indicator, Answer(indicator))
            if widget.answer != stored:
                widget.set_answer(stored)
        self._update_sidebar()

    def check_for_changes(self) -> None:
        """Reload the answers when the assessment changed elsewhere (an import, another
        program or computer): a quick look at its revision."""
        if self._record is None or not self.isVisible():
            return
        try:
            revision = self._workspace.revision(self._record.uuid)
        except TranslatableError:
            return  # the next save says what is wrong
        if revision == self._revision:
            return
        self._reload_answers()
        self._evidence = self._workspace.evidence(self._record.uuid)
        for indicator, widget in self._widgets.items():
            widget.set_evidence(self._evidence.get(indicator, []))
        self._saved.setText(self.tr("Updated with changes made elsewhere"))

    def _message(self, error: TranslatableError) -> str:
        return error.message(translation(self._language).gettext)

    def _remember_position(self, indicator_id: str) -> None:
        if self._record is None or indicator_id == self._current_indicator:
            return
        self._current_indicator = indicator_id
        self._position_timer.start()

    def _save_position(self) -> None:
        self._position_timer.stop()
        indicator = self._current_indicator
        if self._record is None or indicator is None or indicator == self._saved_indicator:
            return
        self._workspace.set_current_indicator(self._record.uuid, indicator)
        self._saved_indicator = indicator

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        widget = new
        while widget is not None and not isinstance(widget, IndicatorWidget):
            widget = widget.parentWidget()
        if isinstance(widget, IndicatorWidget) and self._widgets.get(widget.indicator.id) is widget:
            self._remember_position(widget.indicator.id)

    # -- evidence

    def _add_evidence(self, indicator_id: str, paths: list[Path]) -> None:
        """Copy files into the database off the GUI thread (they may be large)."""
        assert self._record is not None
        if not paths:
            names, _filter = QFileDialog.getOpenFileNames(
                self, self.tr("Add evidence"), EVIDENCE_FOLDER.get(self._settings)
            )
            paths = [Path(name) for name in names]
        if not paths:
            return
        workspace, uuid = self._workspace, self._record.uuid

        def work(_progress: Progress, cancelled: Cancelled) -> list[TranslatableError]:
            errors: list[TranslatableError] = []
            for path in paths:
                if cancelled():
                    break
                try:
                    workspace.add_evidence(uuid, indicator_id, path)
                except TranslatableError as error:
                    errors.append(error)
            return errors

        def done(errors: list[TranslatableError]) -> None:
            self._saved.setText(arg(self.tr("✓ Saved at %1"), time.strftime("%H:%M:%S")))
            for error in errors:
                QMessageBox.warning(self, self.tr("Evidence not added"), self._message(error))
            if self._record is not None and self._record.uuid == uuid:
                self._reload_evidence(indicator_id)

        self._saved.setText(self.tr("Adding evidence…"))
        EVIDENCE_FOLDER.set_folder(self._settings, paths[0].parent)
        self._runner.new_task(work, parent=self, finished=done).start()

    def _reload_evidence(self, indicator_id: str) -> None:
        assert self._record is not None
        self._evidence = self._workspace.evidence(self._record.uuid)
        self._reload_answers()
        widget = self._widgets.get(indicator_id)
        if widget is not None:
            widget.set_evidence(self._evidence.get(indicator_id, []))

    def _open_evidence(self, evidence_uuid: str) -> None:
        assert self._record is not None
        record = next(
            e for items in self._evidence.values() for e in items if e.uuid == evidence_uuid
        )
        extension = safe_extension(record.media_type)
        if extension is None:
            self._save_evidence_copy(record)
            return
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="sseassess-")
        folder = Path(self._temp.name) / record.uuid
        folder.mkdir(exist_ok=True)
        # A name sseassess makes, with the extension of the stored media type: never a
        # name that came with the file ("minutes\u202efdp.exe" is not handed to the
        # desktop to run).
        target = folder / f"evidence{extension}"
        workspace = self._workspace

        def work(_progress: Progress, _cancelled: Cancelled) -> Path:
            # Up to 20 MB read from the database and written out: not on the GUI thread.
            target.write_bytes(workspace.evidence_data(evidence_uuid))
            return target

        def show(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self._runner.new_task(work, parent=self, finished=show).start()

    def _save_evidence_copy(self, record: EvidenceRecord) -> None:
        """A file of a kind that is not opened from sseassess (a program, a script): offer
        to save a copy where the user chooses, to look at it with care."""
        QMessageBox.information(
            self,
            self.tr("Evidence not opened"),
            arg(
                self.tr(
                    "%1 is not a document or a picture (%2), so sseassess does not open it. "
                    "You can save a copy and look at it with the right program."
                ),
                record.file_name,
                record.media_type,
            ),
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the evidence"), record.file_name
        )
        if not name:
            return
        target = Path(name)
        workspace = self._workspace

        def work(_progress: Progress, _cancelled: Cancelled) -> Path:
            target.write_bytes(workspace.evidence_data(record.uuid))
            return target

        self._runner.new_task(work, parent=self).start()

    def _remove_evidence(self, evidence_uuid: str) -> None:
        assert self._record is not None
        record = next(
            e for items in self._evidence.values() for e in items if e.uuid == evidence_uuid
        )
        answer = QMessageBox.question(
            self,
            self.tr("Remove evidence"),
            arg(self.tr("Remove %1 from this answer?"), record.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._workspace.remove_evidence(self._record.uuid, evidence_uuid)
        except TranslatableError as error:
            QMessageBox.warning(self, self.tr("Evidence not removed"), self._message(error))
        self._reload_evidence(record.indicator_id)

    # -- leaving

    def _open_results(self) -> None:
        if self._record is not None:
            self.flush()
            self.results_requested.emit(self._record.uuid)

    def _go_home(self) -> None:
        self.flush()
        self.home_requested.emit()

    def _reopen(self) -> None:
        if self._record is not None:
            self._workspace.reopen(self._record.uuid)
            self.open_assessment(self._record.uuid)
