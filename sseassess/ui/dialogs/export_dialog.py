"""The dialog that exports an assessment's certificate and full report as PDF files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.text import TranslatableError
from sseassess.i18n import SUPPORTED_LANGUAGES, format_date, language_name
from sseassess.ui.decorators import override
from sseassess.ui.dialogs.job_dialog import Job, JobDialog, JobTexts
from sseassess.ui.file_names import safe_file_name
from sseassess.ui.settings import EXPORT_FOLDER
from sseassess.ui.tasks import Cancelled, Progress, TaskRunner

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace


class Exporter(Protocol):
    """The shape of ``sseassess.app.export.export_documents``: the files it wrote."""

    def __call__(
        self,
        workspace: Workspace,
        assessment_uuid: str,
        *,
        certificate: Path | None,
        report: Path | None,
        language: str,
        include_notes: bool,
        progress: Progress,
        cancelled: Cancelled,
    ) -> list[Path]: ...


def _default_exporter() -> Exporter:
    """``sseassess.app.export.export_documents``, imported only when an export starts."""
    from sseassess.app.export import export_documents

    return export_documents


class ExportDialog(JobDialog):
    """Choose the documents, the folder and the PDF language; export in the background.

    The exporter writes the certificate and/or the report to the paths it is given and
    returns the files written. Progress is shown and the export can be cancelled; on
    success the files are listed with a button opening their folder, on failure the
    reason is shown and nothing else changes.
    """

    # Emitted with the paths of the files written, after a successful export.
    exported = Signal(list)

    def __init__(
        self,
        workspace: Workspace,
        assessment_uuid: str,
        language: str,
        runner: TaskRunner,
        settings: QSettings,
        parent: QWidget | None = None,
        exporter: Exporter | None = None,
    ) -> None:
        super().__init__(runner, language, parent)
        self._workspace = workspace
        self._settings = settings
        self._exporter = exporter
        self._folder_of_task: Path | None = None

        record = workspace.find_assessment(assessment_uuid)
        self._assessment_uuid = record.uuid
        self.setWindowTitle(self.tr("Export PDF"))
        self.setMinimumWidth(660)

        intro = QLabel(
            self.tr("Create PDF files of the assessment of {organization} on {date}.").format(
                organization=record.organization_name,
                date=format_date(record.assessed_on, language),
            ),
            self,
        )
        intro.setWordWrap(True)

        # The organization and the date apart, so that a language can put them in its order.
        names = {"organization": record.organization_name, "date": record.assessed_on.isoformat()}
        documents = QGroupBox(self.tr("Documents"), self)
        grid = QGridLayout(documents)
        self._certificate = QCheckBox(self.tr("&Certificate (one page)"), documents)
        self._certificate.setObjectName("certificate")
        self._certificate.setAccessibleName(self.tr("Export the certificate"))
        self._certificate_name = QLineEdit(
            safe_file_name(self.tr("{organization} {date} certificate").format(**names)) + ".pdf",
            documents,
        )
        self._certificate_name.setObjectName("certificate_name")
        self._certificate_name.setAccessibleName(self.tr("File name of the certificate"))
        self._report = QCheckBox(self.tr("Full &report"), documents)
        self._report.setObjectName("report")
        self._report.setAccessibleName(self.tr("Export the full report"))
        self._report_name = QLineEdit(
            safe_file_name(self.tr("{organization} {date} report").format(**names)) + ".pdf",
            documents,
        )
        self._report_name.setObjectName("report_name")
        self._report_name.setAccessibleName(self.tr("File name of the full report"))
        for row, (box, name) in enumerate(
            ((self._certificate, self._certificate_name), (self._report, self._report_name))
        ):
            box.setChecked(True)
            grid.addWidget(box, row, 0)
            grid.addWidget(name, row, 1)
            box.toggled.connect(name.setEnabled)
            box.toggled.connect(self._update_buttons)
            name.textChanged.connect(self._update_buttons)
        self._notes = QCheckBox(self.tr("Include internal &notes in the report"), documents)
        self._notes.setObjectName("include_notes")
        self._notes.setToolTip(
            self.tr(
                "The report then prints, and carries inside the PDF, every internal note and "
                "evidence file name. Leave it off for a report that leaves the organization."
            )
        )
        self._notes.setAccessibleName(self.tr("Include the internal notes in the report"))
        self._notes.setChecked(False)
        grid.addWidget(self._notes, 2, 1)
        self._report.toggled.connect(self._notes.setEnabled)
        grid.setColumnStretch(1, 1)
        for name in (self._certificate_name, self._report_name):
            name.setMinimumWidth(min(520, name.fontMetrics().horizontalAdvance(name.text()) + 16))
            name.setCursorPosition(0)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        folder_row = QHBoxLayout()
        self._folder = QLineEdit(str(EXPORT_FOLDER.folder(self._settings)), self)
        self._folder.setObjectName("folder")
        self._folder.setAccessibleName(self.tr("Folder to save the files in"))
        self._folder.textChanged.connect(self._update_buttons)
        self._choose = QPushButton(self.tr("C&hoose…"), self)
        self._choose.setObjectName("choose_folder")
        self._choose.setAccessibleName(self.tr("Choose the folder"))
        self._choose.clicked.connect(self._choose_folder)
        folder_row.addWidget(self._folder, 1)
        folder_row.addWidget(self._choose)
        folder_label = QLabel(self.tr("Save &in:"), self)
        folder_label.setBuddy(self._folder)
        form.addRow(folder_label, folder_row)
        self._pdf_language = QComboBox(self)
        for code in SUPPORTED_LANGUAGES:
            self._pdf_language.addItem(language_name(code), code)
        self._pdf_language.setCurrentIndex(max(0, self._pdf_language.findData(language)))
        self._pdf_language.setObjectName("pdf_language")
        self._pdf_language.setAccessibleName(self.tr("Language of the PDF"))
        language_label = QLabel(self.tr("&Language of the PDF:"), self)
        language_label.setBuddy(self._pdf_language)
        form.addRow(language_label, self._pdf_language)

        self._open_folder = QPushButton(self.tr("&Open folder"), self)
        self._open_folder.setObjectName("open_folder")
        self._open_folder.setAccessibleName(self.tr("Open the folder of the exported files"))
        self._open_folder.setVisible(False)
        self._open_folder.clicked.connect(self._open_exported_folder)
        self._build_job_controls(
            JobTexts(
                start=self.tr("&Export"),
                start_name=self.tr("Export the chosen documents"),
                start_object="export",
                progress_name=self.tr("Export progress"),
                message_name=self.tr("Export result"),
                cancel=self.tr("&Cancel export"),
                cancel_name=self.tr("Cancel the export"),
            )
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(documents)
        layout.addLayout(form)
        layout.addWidget(self._progress)
        layout.addWidget(self._message)
        layout.addStretch(1)
        layout.addLayout(self._button_row(self._open_folder))
        self._update_buttons()

    # -- state

    @property
    def assessment_uuid(self) -> str:
        """The assessment whose documents are exported."""
        return self._assessment_uuid

    def _targets(self) -> list[tuple[QCheckBox, QLineEdit]]:
        return [
            (box, name)
            for box, name in (
                (self._certificate, self._certificate_name),
                (self._report, self._report_name),
            )
            if box.isChecked()
        ]

    @override
    def _ready(self) -> bool:
        targets = self._targets()
        return (
            bool(targets)
            and bool(self._folder.text().strip())
            and all(name.text().strip() for _box, name in targets)
        )

    @override
    def _set_fields_enabled(self, enabled: bool) -> None:
        for widget in (
            self._certificate,
            self._report,
            self._folder,
            self._choose,
            self._pdf_language,
        ):
            widget.setEnabled(enabled)
        self._certificate_name.setEnabled(enabled and self._certificate.isChecked())
        self._report_name.setEnabled(enabled and self._report.isChecked())
        self._notes.setEnabled(enabled and self._report.isChecked())

    # -- actions

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to save the PDF files"), self._folder.text()
        )
        if folder:
            self._folder.setText(folder)

    def _file_name(self, name: QLineEdit) -> str:
        text = name.text().strip()
        stem = text[:-4] if text.lower().endswith(".pdf") else text
        return safe_file_name(stem) + ".pdf"

    @override
    def _prepare(self) -> Job | None:
        """Check the choices and ask before replacing files."""
        folder = Path(self._folder.text().strip()).expanduser()
        if not self._folder_exists(folder):
            return None
        paths: dict[str, Path | None] = {"certificate": None, "report": None}
        if self._certificate.isChecked():
            paths["certificate"] = folder / self._file_name(self._certificate_name)
        if self._report.isChecked():
            paths["report"] = folder / self._file_name(self._report_name)
        chosen = [path for path in paths.values() if path is not None]
        if len(set(chosen)) < len(chosen):
            self._show_message(
                self.tr("The certificate and the report need different file names."), error=True
            )
            return None
        existing = [path for path in chosen if path.exists()]
        if existing and not self._confirm_overwrite(existing):
            return None
        exporter = self._exporter or _default_exporter()
        workspace, uuid = self._workspace, self._assessment_uuid
        language = str(self._pdf_language.currentData())
        certificate, report = paths["certificate"], paths["report"]
        include_notes = report is not None and self._notes.isChecked()

        def work(progress: Progress, cancelled: Cancelled) -> list[Path]:
            return exporter(
                workspace,
                uuid,
                certificate=certificate,
                report=report,
                language=language,
                include_notes=include_notes,
                progress=progress,
                cancelled=cancelled,
            )

        self._folder_of_task = folder
        self._open_folder.setVisible(False)
        return Job(work)  # busy until the first progress report

    def _confirm_overwrite(self, existing: list[Path]) -> bool:
        names = "\n".join(path.name for path in existing)
        answer = QMessageBox.question(
            self,
            self.tr("Replace the files?"),
            self.tr(
                "These files already exist in the folder and will be replaced:\n{names}"
            ).format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @override
    def _job_finished(self, result: object, cancelled: bool) -> None:
        if cancelled:
            self._show_message(self.tr("The export was cancelled."))
            return
        files = [Path(path) for path in result] if isinstance(result, list) else []
        folder = self._folder_of_task
        if folder is not None:
            EXPORT_FOLDER.set_folder(self._settings, folder)
        names = "\n".join(f"• {path.name}" for path in files)
        self._show_message(
            self.tr("Exported to {folder}:\n{names}").format(folder=folder, names=names)
        )
        self._open_folder.setVisible(True)
        self._open_folder.setFocus()
        self.exported.emit(files)

    @override
    def _job_failed(self, error: object, cancelled: bool) -> None:
        if cancelled:
            self._show_message(self.tr("The export was cancelled."))
        elif isinstance(error, OSError) and not isinstance(error, TranslatableError):
            self._show_message(
                self.tr("The files could not be written: {detail}").format(
                    detail=error.strerror or str(error)
                ),
                error=True,
            )
        else:
            super()._job_failed(error, cancelled)

    @override
    def _bug_text(self, error: object) -> str:
        return self.tr("The export failed because of an error in sseassess: {detail}").format(
            detail=error
        )

    def _open_exported_folder(self) -> None:
        if self._folder_of_task is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder_of_task)))
