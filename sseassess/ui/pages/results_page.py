"""The results page: an assessment's scores, radar, certificate conditions and findings."""

from __future__ import annotations

import html
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.framework import MAX_LEVEL
from sseassess.domain.text import TranslatableError
from sseassess.i18n import format_date, format_integer, format_percent, format_score, translation
from sseassess.ui.decorators import override
from sseassess.ui.dialogs.export_dialog import ExportDialog
from sseassess.ui.fonts import heading
from sseassess.ui.models.results_table_model import CharacteristicResultsModel
from sseassess.ui.palette import bad_colour, good_colour, set_text_colour
from sseassess.ui.widgets.radar_chart import RadarChart, RadarSeries
from sseassess.ui.widgets.table_views import FullHeightTableView

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace
    from sseassess.domain.answers import Answer
    from sseassess.domain.framework import Framework
    from sseassess.domain.records import AssessmentRecord
    from sseassess.domain.scoring import IndicatorFinding, ScoreResult
    from sseassess.ui.tasks import TaskRunner


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class ResultsPage(QWidget):
    """Shows one assessment's result and offers what to do next."""

    # The user wants to see or change the answers of this assessment.
    answers_requested = Signal(str)
    # The user wants the action plan of this assessment.
    action_plan_requested = Signal(str)
    # The assessment was finished or reopened: its new status ("finished", "in_progress").
    status_changed = Signal(str)
    # The user wants to go back to the home page.
    home_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        language: str,
        runner: TaskRunner,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._language = language
        self._runner = runner
        self._settings = settings
        self._uuid: str | None = None
        self._record: AssessmentRecord | None = None
        self._eligible = False
        self._reason_texts: list[str] = []

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setSpacing(12)
        self._title = heading("", 1.6, content)
        self._title.setAccessibleName(self.tr("Organization"))
        self._subtitle = QLabel(content)
        self._subtitle.setWordWrap(True)
        self._subtitle.setAccessibleName(self.tr("Assessment"))
        column.addWidget(self._title)
        column.addWidget(self._subtitle)

        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._build_summary(content))
        left.addWidget(self._build_certificate(content))
        left.addStretch(1)
        self._radar = RadarChart(language, content)
        top.addLayout(left, 2)
        top.addWidget(self._radar, 3)
        column.addLayout(top)

        table_title = heading(self.tr("Scores by characteristic"), 1.15, content)
        self._model = CharacteristicResultsModel(language, parent=self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self._table = FullHeightTableView(content)
        self._table.setModel(self._proxy)
        self._table.setSortingEnabled(True)
        self._table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._table.setAccessibleName(self.tr("Scores by characteristic"))
        table_title.setBuddy(self._table)
        column.addWidget(table_title)
        column.addWidget(self._table)

        findings = QHBoxLayout()
        self._strengths_box, self._strengths = self._findings_box(self.tr("Strengths"), content)
        self._improvements_box, self._improvements = self._findings_box(
            self.tr("Areas to improve"), content
        )
        findings.addWidget(self._strengths_box, 1)
        findings.addWidget(self._improvements_box, 1)
        column.addLayout(findings)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._build_buttons())

    # -- building

    def _build_summary(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Overall score"), parent)
        layout = QVBoxLayout(box)
        score_row = QHBoxLayout()
        self._overall = heading("–", 3.0, box)
        self._overall.setWordWrap(False)
        self._overall.setAccessibleName(self.tr("Overall score"))
        out_of = QLabel(self.tr("out of 100"), box)
        score_row.addWidget(self._overall, 0, Qt.AlignmentFlag.AlignBaseline)
        score_row.addWidget(out_of, 0, Qt.AlignmentFlag.AlignBaseline)
        score_row.addStretch(1)
        self._band = heading("", 1.3, box)
        self._band.setAccessibleName(self.tr("Band"))
        self._band_description = QLabel(box)
        self._band_description.setWordWrap(True)
        self._band_description.setAccessibleName(self.tr("What the band means"))
        self._completeness = QLabel(box)
        self._completeness.setWordWrap(True)
        self._completeness.setAccessibleName(self.tr("Share of indicators answered"))
        layout.addLayout(score_row)
        layout.addWidget(self._band)
        layout.addWidget(self._band_description)
        layout.addWidget(self._completeness)
        return box

    def _build_certificate(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Certificate"), parent)
        layout = QVBoxLayout(box)
        heading = QHBoxLayout()
        self._certificate_icon = QLabel(box)
        self._certificate_heading = QLabel(box)
        self._certificate_heading.setWordWrap(True)
        font = self._certificate_heading.font()
        font.setBold(True)
        self._certificate_heading.setFont(font)
        self._certificate_heading.setAccessibleName(self.tr("Certificate"))
        heading.addWidget(self._certificate_icon, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self._certificate_heading, 1)
        self._reasons = QVBoxLayout()
        self._reasons.setSpacing(6)
        layout.addLayout(heading)
        layout.addLayout(self._reasons)
        return box

    def _findings_box(self, title: str, parent: QWidget) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title, parent)
        box.setAccessibleName(title)
        outer = QVBoxLayout(box)
        items = QVBoxLayout()
        items.setSpacing(8)
        outer.addLayout(items)
        outer.addStretch(1)
        return box, items

    def _build_buttons(self) -> QHBoxLayout:
        self._home = QPushButton(self.tr("&Home"), self)
        self._home.setAccessibleName(self.tr("Back to the home page"))
        self._home.clicked.connect(self.home_requested)
        self._answers = QPushButton(self.tr("&Back to answers"), self)
        self._answers.setAccessibleName(self.tr("Back to the answers"))
        self._answers.clicked.connect(self._request_answers)
        self._plan = QPushButton(self.tr("&Action plan"), self)
        self._plan.setAccessibleName(self.tr("Action plan"))
        self._plan.clicked.connect(self._request_action_plan)
        self._finish = QPushButton(self.tr("&Finish assessment"), self)
        self._finish.clicked.connect(self._toggle_finished)
        self._export = QPushButton(self.tr("&Export PDF…"), self)
        self._export.setAccessibleName(self.tr("Export PDF files"))
        self._export.clicked.connect(self._open_export)
        for button, name in (
            (self._home, "home"),
            (self._answers, "back_to_answers"),
            (self._plan, "action_plan"),
            (self._finish, "finish"),
            (self._export, "export_pdf"),
        ):
            button.setObjectName(name)
        row = QHBoxLayout()
        row.addWidget(self._home)
        row.addStretch(1)
        for button in (self._answers, self._plan, self._finish, self._export):
            row.addWidget(button)
        return row

    # -- showing

    @property
    def assessment_uuid(self) -> str | None:
        return self._uuid

    def show_assessment(self, uuid: str) -> None:
        """Load and show the result of the assessment ``uuid``."""
        record, framework, result = self._workspace.result(uuid)
        answers = self._workspace.answers(record.uuid)
        self._uuid = record.uuid
        self._record = record
        language = self._language
        self._title.setText(record.organization_name)
        self._show_status(record.status)

        self._overall.setText(format_score(result.overall, language))
        if result.band is not None:
            self._band.setText(result.band.name.get(language))
            self._band_description.setText(result.band.description.get(language))
        else:
            self._band.setText(self.tr("No score yet"))
            self._band_description.setText(self.tr("Answer some indicators to get a score."))
        self._completeness.setText(
            self.tr("{share} of the indicators answered").format(
                share=format_percent(result.completeness, language)
            )
        )

        self._radar.set_data(
            [item.characteristic.name.get(language) for item in result.characteristics],
            [
                RadarSeries(
                    format_date(record.assessed_on, language),
                    [item.score for item in result.characteristics],
                    self.palette().color(QPalette.ColorRole.Highlight),
                )
            ],
        )
        self._radar.set_minimums([item.minimum for item in result.characteristics])
        self._model.set_result(result)
        self._table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._proxy.sort(-1)

        self._show_certificate(framework, result, answers)
        self._show_findings(framework, result)

    def _show_status(self, status: str) -> None:
        record = self._record
        if record is None:
            return
        kind = self.tr("Workshop") if record.kind == "workshop" else self.tr("Self-assessment")
        state = self.tr("Finished") if status == "finished" else self.tr("In progress")
        self._subtitle.setText(
            self.tr("{kind} of {date} — {status}").format(
                kind=kind, date=format_date(record.assessed_on, self._language), status=state
            )
        )
        if status == "finished":
            self._finish.setText(self.tr("&Reopen"))
            self._finish.setAccessibleName(self.tr("Reopen the assessment"))
            self._finish.setToolTip(self.tr("Make the answers editable again."))
        else:
            self._finish.setText(self.tr("&Finish assessment"))
            self._finish.setAccessibleName(self.tr("Finish the assessment"))
            self._finish.setToolTip(
                self.tr(
                    "Mark the assessment finished; its answers stay as they are until reopened."
                )
            )

    def _show_certificate(
        self, framework: Framework, result: ScoreResult, answers: dict[str, Answer]
    ) -> None:
        language = self._language
        self._eligible = result.eligible
        reasons: list[str] = []
        if result.eligible:
            heading = self.tr("A certificate can be issued: every condition is met.")
            reasons.append(self.tr("Use “Export PDF…” to create the certificate."))
        else:
            heading = self.tr("No certificate yet, because:")
            if not result.complete:
                reasons.append(
                    self.tr(
                        "Not every indicator is answered: {share} answered, {required} needed."
                    ).format(
                        share=format_percent(result.completeness, language),
                        required=format_percent(framework.scoring.completeness_required, language),
                    )
                )
            if result.overall is None:
                reasons.append(self.tr("There is no overall score yet."))
            elif not result.overall_met:
                reasons.append(
                    self.tr(
                        "The overall score, {score}, is under the minimum of {minimum}."
                    ).format(
                        score=format_score(result.overall, language),
                        minimum=format_score(result.overall_minimum, language),
                    )
                )
            for item in result.below_minimum:
                name = item.characteristic.name.get(language)
                if item.score is None:
                    reasons.append(
                        self.tr("“{name}” has no scored indicator; it needs {minimum}.").format(
                            name=name, minimum=format_score(item.minimum, language)
                        )
                    )
                else:
                    reasons.append(
                        self.tr("“{name}” scores {score}, under its minimum of {minimum}.").format(
                            name=name,
                            score=format_score(item.score, language),
                            minimum=format_score(item.minimum, language),
                        )
                    )
            for indicator in result.missing_essentials:
                answer = answers.get(indicator.id)
                if answer is not None and answer.level is not None:
                    current = self.tr("your answer is level {level}.").format(
                        level=format_integer(answer.level, self._language)
                    )
                else:
                    current = self.tr("it is not answered yet.")
                reasons.append(
                    self.tr(
                        "Essential criterion not met: “{question}” needs at least level "
                        "{required}; {current}"
                    ).format(
                        question=indicator.question.get(language),
                        required=format_integer(indicator.minimum_level or 0, self._language),
                        current=current,
                    )
                )
        self._certificate_heading.setText(heading)
        self._reason_texts = reasons
        _clear(self._reasons)
        parent = self._certificate_heading.parentWidget()
        for reason in reasons:
            label = QLabel(f"• {reason}" if not result.eligible else reason, parent)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._reasons.addWidget(label)
        self._apply_certificate_colours()

    def _apply_certificate_colours(self) -> None:
        colour = good_colour(self.palette()) if self._eligible else bad_colour(self.palette())
        set_text_colour(self._certificate_heading, colour)
        icon = (
            QStyle.StandardPixmap.SP_DialogApplyButton
            if self._eligible
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._certificate_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))

    def _finding_text(self, finding: IndicatorFinding) -> str:
        levels = finding.indicator.levels.get(self._language)
        description = levels[finding.level] if finding.level < len(levels) else ""
        level = self.tr("Level {level} of {maximum}").format(
            level=format_integer(finding.level, self._language),
            maximum=format_integer(MAX_LEVEL, self._language),
        )
        return (
            f"<b>{html.escape(finding.indicator.question.get(self._language))}</b><br>"
            f"{html.escape(level)} — {html.escape(description)}"
        )

    def _show_findings(self, framework: Framework, result: ScoreResult) -> None:
        rules = framework.scoring
        for layout, box, findings, empty in (
            (
                self._strengths,
                self._strengths_box,
                result.strengths,
                self.tr("No indicator at level {level} or above yet.").format(
                    level=format_integer(rules.strength_level, self._language)
                ),
            ),
            (
                self._improvements,
                self._improvements_box,
                result.improvements,
                self.tr("No indicator at level {level} or below.").format(
                    level=format_integer(rules.improvement_level, self._language)
                ),
            ),
        ):
            _clear(layout)
            if not findings:
                label = QLabel(empty, box)
                label.setWordWrap(True)
                layout.addWidget(label)
            for finding in findings:
                label = QLabel(self._finding_text(finding), box)
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setToolTip(
                    framework.characteristic_of(finding.indicator.id).name.get(self._language)
                )
                layout.addWidget(label)

    # -- what the user sees, for tests and accessibility tools

    def overall_text(self) -> str:
        return self._overall.text()

    def band_text(self) -> str:
        return self._band.text()

    def certificate_heading(self) -> str:
        return self._certificate_heading.text()

    def certificate_reasons(self) -> list[str]:
        """Why there is no certificate (or how to get it, when eligible), one per line."""
        return list(self._reason_texts)

    def finish_button_text(self) -> str:
        return self._finish.text().replace("&", "")

    # -- actions

    def _request_answers(self) -> None:
        if self._uuid is not None:
            self.answers_requested.emit(self._uuid)

    def _request_action_plan(self) -> None:
        if self._uuid is not None:
            self.action_plan_requested.emit(self._uuid)

    def _toggle_finished(self) -> None:
        uuid = self._uuid
        if uuid is None:
            return
        try:
            status = self._workspace.assessment(uuid).status
            if status == "finished":
                self._workspace.reopen(uuid)
            else:
                self._workspace.finish(uuid)
            record = self._workspace.assessment(uuid)
        except TranslatableError as error:
            QMessageBox.warning(
                self,
                self.tr("The assessment could not be changed"),
                error.message(translation(self._language).gettext),
            )
            return
        self._record = record
        self._show_status(record.status)
        self.status_changed.emit(record.status)

    def _open_export(self) -> None:
        if self._uuid is None:
            return
        dialog = ExportDialog(
            self._workspace, self._uuid, self._language, self._runner, self._settings, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._uuid is not None:
            self._apply_certificate_colours()
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            self._radar.set_data(
                self._radar.labels(),
                [replace(series, colour=highlight) for series in self._radar.series()],
            )
        super().changeEvent(event)
