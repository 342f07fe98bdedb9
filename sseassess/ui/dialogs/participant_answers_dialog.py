"""One participant's answers, for the trainer to check and correct; merging two records."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.answers import MAX_TEXT_LENGTH, Answer
from sseassess.domain.framework import LEVELS
from sseassess.domain.text import TranslatableError
from sseassess.i18n import translation
from sseassess.ui.feedback import error_text, show_message
from sseassess.ui.names import participant_labels
from sseassess.ui.text import arg
from sseassess.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace

# The indicator id, on the first cell of a row.
_INDICATOR = Qt.ItemDataRole.UserRole


class ParticipantAnswersDialog(QDialog):
    """ "Participant's answers": choose a participant, see each of their answers, correct
    one (a typing mistake from paper; logged, and undone from "Received files"), or merge
    the record with another one of the same person.

    It shows one person's answers by name: it is for the facilitator, not the projector.
    """

    # Emitted after a correction or a merge (the workshop's views show it again).
    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        assessment_uuid: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._uuid = assessment_uuid
        self._language = language
        self._framework = workspace.framework_of(workspace.assessment(assessment_uuid))
        self._numbers = self._framework.indicator_numbers()
        self.setWindowTitle(self.tr("Participant's answers"))
        self.setMinimumSize(760, 520)
        warning = WrappedLabel(
            self.tr("This window shows one person's answers by name: keep it off the projector."),
            self,
        )
        self._person = QComboBox(self)
        self._person.setObjectName("participant")
        self._person.setAccessibleName(self.tr("Participant"))
        self._person.currentIndexChanged.connect(self._show_person)
        self._table = QTableWidget(0, 4, self)
        self._table.setObjectName("answers")
        self._table.setAccessibleName(self.tr("The participant's answers"))
        self._table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Question"), self.tr("Answer"), self.tr("Note")]
        )
        self._table.verticalHeader().setVisible(False)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._table.itemSelectionChanged.connect(self._show_selected)

        self._level = QComboBox(self)
        self._level.setObjectName("level")
        self._level.setAccessibleName(self.tr("Corrected level"))
        self._level.addItem(self.tr("No answer"), None)
        for level in LEVELS:
            self._level.addItem(str(level), level)
        self._note = QLineEdit(self)
        self._note.setObjectName("note")
        self._note.setMaxLength(MAX_TEXT_LENGTH)
        self._note.setAccessibleName(self.tr("Corrected note"))
        self._correct = QPushButton(self.tr("Save the &correction"), self)
        self._correct.setObjectName("save_correction")
        self._correct.clicked.connect(self.save_correction)
        correction = QHBoxLayout()
        correction.addWidget(QLabel(self.tr("Level:"), self))
        correction.addWidget(self._level)
        correction.addWidget(QLabel(self.tr("Note:"), self))
        correction.addWidget(self._note, 1)
        correction.addWidget(self._correct)

        self._other = QComboBox(self)
        self._other.setObjectName("merge_with")
        self._other.setAccessibleName(self.tr("The other record of the same person"))
        self._merge = QPushButton(self.tr("&Merge into this participant"), self)
        self._merge.setObjectName("merge")
        self._merge.setToolTip(
            self.tr(
                "The same person answered on two laptops: keep this record, with the newer "
                "of the two sets of answers; later files from either laptop come here."
            )
        )
        self._merge.clicked.connect(self.merge)
        merge_row = QHBoxLayout()
        merge_row.addWidget(QLabel(self.tr("Same person as:"), self))
        merge_row.addWidget(self._other, 1)
        merge_row.addWidget(self._merge)

        self._message = WrappedLabel("", self)
        self._message.setObjectName("message")
        self._message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self._person)
        layout.addWidget(self._table, 1)
        layout.addLayout(correction)
        layout.addLayout(merge_row)
        layout.addWidget(self._message)
        layout.addWidget(buttons)
        self._load_people()

    def _load_people(self, select: str | None = None) -> None:
        participants = self._workspace.participants(self._uuid)
        labels = participant_labels(participants, show_names=True)
        self._people = {p.uuid: p for p in participants}
        self._person.blockSignals(True)
        self._person.clear()
        for participant in participants:
            self._person.addItem(labels[participant.uuid], participant.uuid)
        self._person.setCurrentIndex(max(0, self._person.findData(select)))
        self._person.blockSignals(False)
        self._show_person()

    def select_participant(self, uuid: str) -> None:
        self._person.setCurrentIndex(self._person.findData(uuid))

    def _show_person(self) -> None:
        uuid = self._person.currentData()
        answers = self._workspace.participant_answers(self._uuid).get(str(uuid), {})
        indicators = list(self._framework.indicators())
        self._table.setRowCount(len(indicators))
        for row, indicator in enumerate(indicators):
            answer = answers.get(indicator.id)
            cells = (
                self._numbers[indicator.id],
                indicator.question.get(self._language),
                self._answer_text(answer),
                answer.note if answer is not None else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(_INDICATOR, indicator.id)
                self._table.setItem(row, column, item)
        self._other.clear()
        labels = participant_labels(list(self._people.values()), show_names=True)
        for other in self._people.values():
            if other.uuid != uuid:
                self._other.addItem(labels[other.uuid], other.uuid)
        self._merge.setEnabled(self._other.count() > 0)
        self._correct.setEnabled(False)

    def _answer_text(self, answer: Answer | None) -> str:
        if answer is None or not (answer.is_answered or answer.note):
            return self.tr("No answer")
        if answer.not_applicable:
            return arg(self.tr("Not applicable: %1"), answer.reason)
        return arg(self.tr("Level %1"), answer.level) if answer.level is not None else ""

    def _selected_indicator(self) -> str | None:
        rows = self._table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self._table.item(rows[0].row(), 0)
        return str(item.data(_INDICATOR)) if item is not None else None

    def select_indicator(self, indicator_id: str) -> None:
        for row in range(self._table.rowCount()):
            item = self._table.item(row, 0)
            if item is not None and item.data(_INDICATOR) == indicator_id:
                self._table.selectRow(row)
                return

    def _show_selected(self) -> None:
        indicator = self._selected_indicator()
        uuid = self._person.currentData()
        answer = (
            self._workspace.participant_answers(self._uuid).get(str(uuid), {}).get(indicator)
            if indicator
            else None
        )
        self._level.setCurrentIndex(
            self._level.findData(answer.level) if answer and answer.level is not None else 0
        )
        self._note.setText(answer.note if answer else "")
        self._correct.setEnabled(indicator is not None and uuid is not None)

    def set_correction(self, level: int | None, note: str) -> None:
        self._level.setCurrentIndex(self._level.findData(level) if level is not None else 0)
        self._note.setText(note)

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self._message, text, error)

    def message(self) -> str:
        return self._message.text() if not self._message.isHidden() else ""

    def answer_texts(self) -> dict[str, str]:
        """What the table shows as each indicator's answer, by indicator id."""
        texts = {}
        for row in range(self._table.rowCount()):
            first, answer = self._table.item(row, 0), self._table.item(row, 2)
            if first is not None and answer is not None:
                texts[str(first.data(_INDICATOR))] = answer.text()
        return texts

    def save_correction(self) -> bool:
        """Correct the selected answer of the participant (logged, can be undone)."""
        indicator, uuid = self._selected_indicator(), self._person.currentData()
        if indicator is None or uuid is None:
            return False
        answer = Answer(indicator, self._level.currentData(), note=self._note.text())
        try:
            self._workspace.correct_participant_answer(self._uuid, self._people[str(uuid)], answer)
        except TranslatableError as error:
            self._say(error_text(error, self._language), error=True)
            return False
        self._show_person()
        self.select_indicator(indicator)
        self._say(self.tr("Corrected. “Received files” can undo it."))
        self.changed.emit()
        return True

    def merge(self) -> bool:
        """Merge the other record chosen into the participant shown."""
        keep, other = self._person.currentData(), self._other.currentData()
        if keep is None or other is None:
            return False
        try:
            self._workspace.merge_participants(self._uuid, str(keep), str(other))
        except TranslatableError as error:
            self._say(error.message(translation(self._language).gettext), error=True)
            return False
        self._load_people(select=str(keep))
        self._say(self.tr("Merged. “Received files” can undo it."))
        self.changed.emit()
        return True
