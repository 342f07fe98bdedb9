"""One indicator of the wizard: question, help, level chooser, N/A, note, evidence, discussion."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.answers import MAX_TEXT_LENGTH, Answer
from sseassess.domain.framework import LEVELS, Indicator
from sseassess.domain.records import EvidenceRecord
from sseassess.i18n import format_size
from sseassess.ui.decorators import override
from sseassess.ui.palette import field_error_colour, set_link_coloured, set_style_colour
from sseassess.ui.text import arg
from sseassess.ui.widgets.wrapped_label import WrappedLabel

# How long typing may pause before a note or a reason is saved.
SAVE_DELAY_MS = 600


class _ClickableLabel(WrappedLabel):
    """A wrapped level description; clicking it chooses the level."""

    clicked = Signal()

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class IndicatorWidget(QFrame):
    """Edits the answer to one indicator; every change is emitted to be saved at once."""

    answer_changed = Signal(object)
    evidence_add_requested = Signal(str, list)
    evidence_open_requested = Signal(str)
    evidence_remove_requested = Signal(str)

    def __init__(
        self,
        indicator: Indicator,
        number: str,
        language: str,
        answer: Answer | None,
        evidence: list[EvidenceRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.indicator = indicator
        self._language = language
        self._answer = answer or Answer(indicator.id)
        self._loading = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(arg(self.tr("Indicator %1"), number))

        question = WrappedLabel(
            f"<b>{number}</b>&nbsp; {_escape(indicator.question.get(language))}", self
        )
        question.setTextFormat(Qt.TextFormat.RichText)
        badges = []
        if indicator.essential:
            badges.append(
                arg(
                    self.tr("Essential criterion: level %1 or more is needed for a certificate"),
                    indicator.minimum_level or 0,
                )
            )
        badge = WrappedLabel(" · ".join(badges), self)
        badge.setVisible(bool(badges))
        set_link_coloured(badge)

        self._help_button = QToolButton(self)
        self._help_button.setObjectName("help")
        self._help_button.setText(self.tr("Help"))
        self._help_button.setCheckable(True)
        self._help_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._help_button.setArrowType(self._help_arrow(False))
        self._help_button.setAccessibleName(self.tr("Show help"))
        self._help = WrappedLabel(indicator.help.get(language), self)
        self._help.setVisible(False)
        self._help.setContentsMargins(12, 0, 0, 4)
        self._help_button.toggled.connect(self._toggle_help)

        self._levels = QButtonGroup(self)
        self._levels.setExclusive(True)
        levels = QGridLayout()
        levels.setColumnStretch(1, 1)
        levels.setHorizontalSpacing(8)
        texts = indicator.levels.get(language)
        self._radios: list[QRadioButton] = []
        for level in LEVELS:
            radio = QRadioButton(str(level), self)
            radio.setAccessibleName(arg(self.tr("Level %1: %2"), level, texts[level]))
            label = _ClickableLabel(texts[level], self)
            label.clicked.connect(radio.click)
            self._levels.addButton(radio, level)
            levels.addWidget(radio, level, 0, Qt.AlignmentFlag.AlignTop)
            levels.addWidget(label, level, 1, Qt.AlignmentFlag.AlignTop)
            self._radios.append(radio)
        self._levels.idClicked.connect(self._level_clicked)

        self._na = QCheckBox(self.tr("Not applicable to us"), self)
        self._na.setObjectName("not_applicable")
        self._na.setVisible(indicator.na_allowed)
        self._na.toggled.connect(self._na_toggled)
        self._reason = QLineEdit(self)
        self._reason.setMaxLength(MAX_TEXT_LENGTH)  # the limit every other computer keeps
        self._reason.setObjectName("reason")
        self._reason.setPlaceholderText(self.tr("Why does it not apply? (required)"))
        self._reason.setAccessibleName(self.tr("Reason it does not apply"))
        self._reason.setVisible(False)
        self._reason_timer = _timer(self, self._save_reason)
        self._reason.textEdited.connect(lambda _text: self._reason_timer.start())
        self._reason.editingFinished.connect(self._save_reason)
        self._reason_hint = QLabel(self.tr("Say why this does not apply to save it."), self)
        self._reason_hint.setObjectName("reason_hint")
        set_style_colour(self._reason_hint, field_error_colour())
        self._reason_hint.setVisible(False)

        self._note = QPlainTextEdit(self)
        self._note.setObjectName("note")
        self._note.setPlaceholderText(self.tr("Note (optional): facts, sources, remarks…"))
        self._note.setAccessibleName(self.tr("Note"))
        self._note.setTabChangesFocus(True)
        self._note.setFixedHeight(self._note.fontMetrics().lineSpacing() * 3 + 14)
        self._note.textChanged.connect(self._note_edited)
        self._note.installEventFilter(self)
        self._note_timer = _timer(self, self._save_note)
        self._note_hint = QLabel(self)
        self._note_hint.setObjectName("note_hint")
        self._note_hint.setWordWrap(True)
        set_style_colour(self._note_hint, field_error_colour())
        self._note_hint.setVisible(False)

        self._unsaved = QLabel(
            self.tr("Not saved yet: sseassess keeps what you typed here and will try again."),
            self,
        )
        self._unsaved.setObjectName("unsaved")
        self._unsaved.setWordWrap(True)
        self._unsaved.setStyleSheet("color: #c0392b;")
        self._unsaved.setAccessibleName(self.tr("Not saved"))
        self._unsaved.setVisible(False)

        self._discussion = QCheckBox(self.tr("Mark for discussion"), self)
        self._discussion.setObjectName("for_discussion")
        self._discussion.toggled.connect(self._discussion_toggled)

        self._evidence = QListWidget(self)
        self._evidence.setObjectName("evidence")
        self._evidence.setAccessibleName(self.tr("Evidence files"))
        self._evidence.setMaximumHeight(self._evidence.fontMetrics().lineSpacing() * 4 + 10)
        self._evidence.itemActivated.connect(self._open_item)
        self._add_evidence = QPushButton(self.tr("Add evidence…"), self)
        self._add_evidence.setObjectName("add_evidence")
        self._add_evidence.setToolTip(self.tr("Add files, or drop them on this indicator"))
        self._add_evidence.clicked.connect(
            lambda: self.evidence_add_requested.emit(self.indicator.id, [])
        )
        self._open_evidence = QPushButton(self.tr("Open"), self)
        self._open_evidence.setObjectName("open_evidence")
        self._open_evidence.clicked.connect(lambda: self._open_item(self._evidence.currentItem()))
        self._remove_evidence = QPushButton(self.tr("Remove"), self)
        self._remove_evidence.setObjectName("remove_evidence")
        self._remove_evidence.clicked.connect(self._remove_item)

        header = QHBoxLayout()
        header.addWidget(question, 1, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._help_button, 0, Qt.AlignmentFlag.AlignTop)
        na_row = QHBoxLayout()
        na_row.addWidget(self._na)
        na_row.addWidget(self._reason, 1)
        evidence_buttons = QHBoxLayout()
        for button in (self._add_evidence, self._open_evidence, self._remove_evidence):
            evidence_buttons.addWidget(button)
        evidence_buttons.addStretch(1)
        evidence_buttons.addWidget(self._discussion)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(badge)
        layout.addWidget(self._help)
        layout.addLayout(levels)
        layout.addLayout(na_row)
        layout.addWidget(self._reason_hint)
        layout.addWidget(self._note)
        layout.addWidget(self._note_hint)
        layout.addWidget(self._unsaved)
        layout.addWidget(self._evidence)
        layout.addLayout(evidence_buttons)

        self.set_answer(self._answer)
        self.set_evidence(evidence)

    # -- state

    @property
    def answer(self) -> Answer:
        return self._answer

    def set_answer(self, answer: Answer) -> None:
        """Show ``answer`` without emitting a change."""
        self._loading = True
        try:
            self._answer = answer
            self._levels.setExclusive(False)
            for radio in self._radios:
                radio.setChecked(False)
            self._levels.setExclusive(True)
            if answer.level is not None:
                self._radios[answer.level].setChecked(True)
            self._na.setChecked(answer.not_applicable)
            self._reason.setText(answer.reason)
            self._apply_na(answer.not_applicable)
            if self._note.toPlainText() != answer.note:
                self._note.setPlainText(answer.note)
            self._discussion.setChecked(answer.for_discussion)
        finally:
            self._loading = False

    def set_unsaved(self, unsaved: bool) -> None:
        """Show (or clear) that what is in the fields is not stored yet."""
        self._unsaved.setVisible(unsaved)

    @property
    def unsaved(self) -> bool:
        return not self._unsaved.isHidden()

    @property
    def editing(self) -> bool:
        """Whether a note or a reason is being typed (not handed over to be saved yet)."""
        return self._note_timer.isActive() or self._reason_timer.isActive()

    def set_evidence(self, evidence: list[EvidenceRecord]) -> None:
        self._evidence.clear()
        for record in evidence:
            item = QListWidgetItem(
                f"{record.file_name}  ({format_size(record.size, self._language)})",
                self._evidence,
            )
            item.setData(Qt.ItemDataRole.UserRole, record.uuid)
            item.setToolTip(f"{record.media_type}\nSHA-256 {record.sha256}")
        has = bool(evidence)
        self._evidence.setVisible(has)
        self._open_evidence.setVisible(has)
        self._remove_evidence.setVisible(has)

    def evidence_names(self) -> list[str]:
        return [self._evidence.item(row).text() for row in range(self._evidence.count())]

    def set_read_only(self, read_only: bool) -> None:
        for widget in (
            *self._radios,
            self._na,
            self._reason,
            self._discussion,
            self._add_evidence,
            self._remove_evidence,
        ):
            widget.setEnabled(not read_only)
        self._note.setReadOnly(read_only)
        self.setAcceptDrops(not read_only)
        if not read_only:
            self._apply_na(self._na.isChecked())

    def flush(self) -> None:
        """Save a note or a reason still being typed."""
        if self._note_timer.isActive():
            self._note_timer.stop()
            self._save_note()
        if self._reason_timer.isActive():
            self._reason_timer.stop()
            self._save_reason()

    def choose_level(self, level: int) -> None:
        """Choose a level as a click would."""
        radio = self._radios[level]
        if radio.isEnabled():
            radio.click()
            radio.setFocus()

    # -- reactions

    def _emit(self, answer: Answer) -> None:
        if self._loading or answer == self._answer:
            return
        self._answer = answer
        self.answer_changed.emit(answer)

    def _level_clicked(self, level: int) -> None:
        self._emit(dataclasses.replace(self._answer, level=level, not_applicable=False, reason=""))

    def _na_toggled(self, checked: bool) -> None:
        self._apply_na(checked)
        if self._loading:
            return
        if checked:
            self._reason.setFocus()
            self._save_reason()
        else:
            self._reason_hint.setVisible(False)
            if self._answer.not_applicable:
                self._emit(dataclasses.replace(self._answer, not_applicable=False, reason=""))

    def _apply_na(self, checked: bool) -> None:
        self._reason.setVisible(checked)
        for radio in self._radios:
            radio.setEnabled(not checked and self._na.isEnabled())

    def _save_reason(self) -> None:
        self._reason_timer.stop()
        if self._loading or not self._na.isChecked():
            return
        reason = self._reason.text().replace("\x00", "").strip()
        self._reason_hint.setVisible(not reason)
        if reason:
            self._emit(
                dataclasses.replace(self._answer, level=None, not_applicable=True, reason=reason)
            )

    def _note_edited(self) -> None:
        if not self._loading:
            self._note_timer.start()

    def _save_note(self) -> None:
        self._note_timer.stop()
        # A NUL pasted from another program is invisible and could not travel: dropped.
        note = self._note.toPlainText().replace("\x00", "")
        too_long = len(note) > MAX_TEXT_LENGTH
        self._note_hint.setVisible(too_long)
        if too_long:
            # Kept in the field, not saved: the user shortens it (or copies it elsewhere).
            self._note_hint.setText(
                arg(
                    self.tr(
                        "This note is too long to be saved: %1 characters, at most %2. "
                        "Shorten it; until then the note saved before is kept."
                    ),
                    len(note),
                    MAX_TEXT_LENGTH,
                )
            )
            return
        self._emit(dataclasses.replace(self._answer, note=note))

    def _discussion_toggled(self, checked: bool) -> None:
        self._emit(dataclasses.replace(self._answer, for_discussion=checked))

    def _toggle_help(self, shown: bool) -> None:
        self._help.setVisible(shown)
        self._help_button.setArrowType(self._help_arrow(shown))

    def _help_arrow(self, shown: bool) -> Qt.ArrowType:
        """Down when the help is open; closed, towards the text, that is forward in the
        reading direction (Qt does not mirror a tool button's arrow by itself)."""
        if shown:
            return Qt.ArrowType.DownArrow
        return Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.evidence_open_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _remove_item(self) -> None:
        item = self._evidence.currentItem() or self._evidence.item(0)
        if item is not None:
            self.evidence_remove_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    # -- Qt events

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._help_button.setArrowType(self._help_arrow(self._help_button.isChecked()))
        super().changeEvent(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text in {str(level) for level in LEVELS} and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            self.choose_level(int(text))
            return
        super().keyPressEvent(event)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._note and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.evidence_add_requested.emit(self.indicator.id, paths)


def _timer(parent: QObject, slot: object) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SAVE_DELAY_MS)
    timer.timeout.connect(slot)
    return timer


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
