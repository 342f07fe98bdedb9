"""File › Issuer (secretariat)…: a secretariat's installation issues charter certificates.

One folder holds the issuer's key (encrypted with its passphrase) and its public
certificate, issuer.pem, to hand to reviewers. From here the secretariat creates that
issuer, issues a numbered charter certificate from a member's submission (its
self-assessment certificate PDF or .sseassess file), lists what it issued, revokes a
certificate and writes the signed registry reviewers check revocations against. The same
as ``sseassess issuer …`` and ``sseassess issue``; every step runs in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.text import TranslatableError
from sseassess.i18n import format_date, translation
from sseassess.ui.decorators import override
from sseassess.ui.dialogs.job_dialog import Job, JobDialog, JobTexts
from sseassess.ui.settings import ISSUER_FOLDER, SUBMISSION_FOLDER
from sseassess.ui.tasks import Cancelled, Progress, TaskRunner
from sseassess.ui.text import arg

if TYPE_CHECKING:
    from sseassess.app.issuer import Issuer
    from sseassess.app.workspace import Workspace

# The default validity of a charter certificate, in years.
VALIDITY_YEARS = 2


def _password_field(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


# The tabs, in order; the Start button does the current tab's step.
CREATE, ISSUE, REGISTER = range(3)


class IssuerDialog(JobDialog):
    """Create an issuer, issue charter certificates, revoke them, write the registry.

    The Start button does the current tab's step (create the issuer, issue a certificate,
    write the registry); Revoke, in the register, runs through the same lifecycle. What
    the finished step means is kept with it (``_done``)."""

    def __init__(
        self,
        workspace: Workspace,
        language: str,
        runner: TaskRunner,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, language, parent)
        self._workspace = workspace
        self._settings = settings
        self._issuer: Issuer | None = None
        self._done: Callable[[Any], None] = lambda _result: None
        self.setWindowTitle(self.tr("Issuer"))
        self.setMinimumWidth(720)

        intro = QLabel(
            self.tr(
                "For a secretariat: check members' self-assessments and issue numbered "
                "charter certificates signed with the issuer's key. Reviewers trust the "
                "issuer's public certificate, issuer.pem, in its folder."
            ),
            self,
        )
        intro.setWordWrap(True)

        self._folder = QLineEdit(ISSUER_FOLDER.get(settings), self)
        self._folder.setObjectName("folder")
        self._folder.setAccessibleName(self.tr("The issuer's folder"))
        self._folder.editingFinished.connect(self._open_folder)
        self._folder.textChanged.connect(self._update_buttons)
        self._choose = QPushButton(self.tr("C&hoose…"), self)
        self._choose.setObjectName("choose_folder")
        self._choose.setAccessibleName(self.tr("Choose the issuer's folder"))
        self._choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("Issuer &folder:"), self)
        folder_label.setBuddy(self._folder)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self._folder, 1)
        folder_row.addWidget(self._choose)
        self._status = QLabel(self)
        self._status.setObjectName("status")
        self._status.setWordWrap(True)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._tabs = QTabWidget(self)
        self._tabs.addTab(self._build_create(), self.tr("&Create"))
        self._tabs.addTab(self._build_issue(), self.tr("I&ssue"))
        self._tabs.addTab(self._build_register(), self.tr("&Register"))

        self._tabs.currentChanged.connect(self._tab_changed)
        self._build_job_controls(
            JobTexts(
                start=self.tr("Create &issuer"),
                start_name=self.tr("Do this tab's step"),
                start_object="start",
                progress_name=self.tr("Work under way"),
                message_name=self.tr("Outcome"),
            )
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self._status)
        layout.addWidget(self._tabs, 1)
        layout.addWidget(self._progress)
        layout.addWidget(self._message)
        layout.addLayout(self._button_row())
        self._open_folder()

    # -- the tabs

    def _build_create(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self._name = QLineEdit(page)
        self._name.setObjectName("name")
        self._name.setAccessibleName(self.tr("The issuer's name"))
        self._url = QLineEdit(page)
        self._url.setObjectName("url")
        self._url.setPlaceholderText(self.tr("optional: https://… printed in the QR codes"))
        self._url.setAccessibleName(self.tr("The issuer's web address"))
        self._new_secret = _password_field(page, "new_passphrase", self.tr("New passphrase"))
        self._new_again = _password_field(page, "new_passphrase_again", self.tr("Passphrase again"))
        note = QLabel(
            self.tr(
                "The key is kept in the folder, encrypted with the passphrase (8 characters "
                "or more). Without the passphrase nothing can be issued: keep it safe."
            ),
            page,
        )
        note.setWordWrap(True)
        form.addRow(self.tr("&Name:"), self._name)
        form.addRow(self.tr("&Web address:"), self._url)
        form.addRow(self.tr("&Passphrase:"), self._new_secret)
        form.addRow(self.tr("&Again:"), self._new_again)
        form.addRow(note)
        for field in (self._name, self._new_secret, self._new_again):
            field.textChanged.connect(self._update_buttons)
        return page

    def _build_issue(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self._submission = QLineEdit(page)
        self._submission.setObjectName("submission")
        self._submission.setAccessibleName(self.tr("The member's submission"))
        choose = QPushButton(self.tr("Ch&oose…"), page)
        choose.setObjectName("choose_submission")
        choose.setAccessibleName(self.tr("Choose the member's submission"))
        choose.clicked.connect(self._choose_submission)
        row = QHBoxLayout()
        row.addWidget(self._submission, 1)
        row.addWidget(choose)
        self._valid_until = QDateEdit(page)
        self._valid_until.setObjectName("valid_until")
        self._valid_until.setCalendarPopup(True)
        self._valid_until.setDisplayFormat("yyyy-MM-dd")
        today = QDate.currentDate()
        self._valid_until.setMinimumDate(today.addDays(1))
        self._valid_until.setDate(today.addYears(VALIDITY_YEARS))
        self._valid_until.setAccessibleName(self.tr("Last day of validity"))
        self._secret = _password_field(page, "passphrase", self.tr("The issuer's passphrase"))
        note = QLabel(
            self.tr(
                "The submission is a member's self-assessment certificate (PDF) or their "
                ".sseassess file. It must be intact and made with the official framework; "
                "its answers are scored again here, and a submission that does not meet the "
                "rules is refused."
            ),
            page,
        )
        note.setWordWrap(True)
        form.addRow(note)
        submission_label = QLabel(self.tr("Su&bmission:"), page)
        submission_label.setBuddy(self._submission)
        form.addRow(submission_label, row)
        form.addRow(self.tr("&Valid until:"), self._valid_until)
        form.addRow(self.tr("P&assphrase:"), self._secret)
        for field in (self._submission, self._secret):
            field.textChanged.connect(self._update_buttons)
        return page

    def _build_register(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self._table = QTableWidget(0, 5, page)
        self._table.setObjectName("register")
        self._table.setAccessibleName(self.tr("Charter certificates issued"))
        self._table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Organization"),
                self.tr("Issued"),
                self.tr("Valid until"),
                self.tr("Status"),
            ]
        )
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().setVisible(False)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._table.itemSelectionChanged.connect(self._update_buttons)
        self._revoke = QPushButton(self.tr("Re&voke…"), page)
        self._revoke.setObjectName("revoke")
        self._revoke.setAccessibleName(self.tr("Revoke the chosen certificate"))
        self._revoke.clicked.connect(self._ask_and_revoke)
        self._registry_secret = _password_field(
            page, "registry_passphrase", self.tr("The issuer's passphrase")
        )
        self._registry_secret.textChanged.connect(self._update_buttons)
        row = QHBoxLayout()
        row.addWidget(self._revoke)
        row.addStretch(1)
        passphrase_label = QLabel(self.tr("Passp&hrase:"), page)
        passphrase_label.setBuddy(self._registry_secret)
        row.addWidget(passphrase_label)
        row.addWidget(self._registry_secret)
        note = QLabel(
            self.tr(
                "Publish the registry where reviewers can fetch it: it lists every number "
                "and whether it was revoked, signed so that an edited copy is detected."
            ),
            page,
        )
        note.setWordWrap(True)
        layout.addWidget(self._table, 1)
        layout.addLayout(row)
        layout.addWidget(note)
        return page

    # -- state

    @property
    def issuer(self) -> Issuer | None:
        """The issuer of the chosen folder, if there is one."""
        return self._issuer

    def status(self) -> str:
        return self._status.text()

    def register_rows(self) -> list[list[str]]:
        """The register as shown, row by row."""
        return [
            [
                item.text() if item is not None else ""
                for item in (self._table.item(row, column) for column in range(5))
            ]
            for row in range(self._table.rowCount())
        ]

    def _folder_path(self) -> Path | None:
        text = self._folder.text().strip()
        return Path(text).expanduser() if text else None

    @override
    def _ready(self) -> bool:
        tab = self._tabs.currentIndex()
        if tab == CREATE:
            return (
                self._folder_path() is not None
                and self._issuer is None
                and bool(self._name.text().strip())
                and bool(self._new_secret.text())
                and bool(self._new_again.text())
            )
        if self._issuer is None:
            return False
        if tab == ISSUE:
            return bool(self._submission.text().strip()) and bool(self._secret.text())
        return bool(self._registry_secret.text())

    @override
    def _update_buttons(self) -> None:
        super()._update_buttons()
        self._revoke.setEnabled(
            not self.running and self._issuer is not None and self._selected_number() is not None
        )

    @override
    def _set_fields_enabled(self, enabled: bool) -> None:
        for widget in (self._folder, self._choose, self._tabs):
            widget.setEnabled(enabled)

    def _tab_changed(self, tab: int) -> None:
        texts = {
            CREATE: self.tr("Create &issuer"),
            ISSUE: self.tr("&Issue certificate…"),
            REGISTER: self.tr("&Write registry…"),
        }
        self._start.setText(texts[tab])
        self._update_buttons()

    # -- the folder

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the issuer's folder"), self._folder.text()
        )
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> None:
        self._folder.setText(str(folder))
        self._open_folder()

    def _open_folder(self) -> None:
        """Read the issuer of the chosen folder (no passphrase needed: only its certificate)."""
        from sseassess.app.issuer import CERTIFICATE_FILE, open_issuer

        folder = self._folder_path()
        self._issuer = None
        if folder is None:
            self._status.setText(self.tr("Choose a folder for a new issuer, or an issuer's."))
        elif not (folder / CERTIFICATE_FILE).exists():
            self._status.setText(
                self.tr("No issuer in this folder yet: create one in the Create tab.")
            )
            self._tabs.setCurrentIndex(CREATE)
        else:
            try:
                self._issuer = open_issuer(folder)
            except TranslatableError as error:
                self._status.setText(error.message(translation(self._language).gettext))
            else:
                ISSUER_FOLDER.set(self._settings, str(folder))
                self._status.setText(
                    arg(
                        self.tr("Issuer: %1 (key %2). Give reviewers %3."),
                        self._issuer.name,
                        " ".join(self._issuer.fingerprint.split()[:4]),
                        folder / CERTIFICATE_FILE,
                    )
                )
                if self._tabs.currentIndex() == CREATE:
                    self._tabs.setCurrentIndex(ISSUE)
        self._fill_register()
        self._update_buttons()

    def _fill_register(self) -> None:
        records = (
            self._workspace.issued_certificates(self._issuer.fingerprint)
            if self._issuer is not None
            else []
        )
        self._table.setRowCount(len(records))
        for row, record in enumerate(records):
            status = (
                arg(
                    self.tr("revoked on %1"),
                    format_date(record.revoked_at.date(), self._language),
                )
                if record.revoked_at is not None
                else self.tr("valid")
            )
            values = (
                record.number,
                record.organization,
                format_date(record.issued_at.date(), self._language),
                format_date(record.valid_until, self._language),
                status,
            )
            for column, value in enumerate(values):
                self._table.setItem(row, column, QTableWidgetItem(value))

    def _selected_number(self) -> str | None:
        selection = self._table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if not rows:
            return None
        item = self._table.item(rows[0].row(), 0)
        return item.text() if item is not None else None

    # -- the steps, each in the background

    def _job(self, work: Callable[[], Any], done: Callable[[Any], None]) -> Job:
        """``work`` as a job, and ``done`` to say what it did once it has finished."""

        def job(_progress: Progress, _cancelled: Cancelled) -> Any:
            return work()

        self._done = done
        return Job(job)

    @override
    def _prepare(self) -> Job | None:
        tab = self._tabs.currentIndex()
        if tab == CREATE:
            return self._create_job()
        if tab == ISSUE:
            target = self._ask_target(
                self.tr("Save the charter certificate as"),
                self._suggested_certificate(),
                self.tr("PDF files (*.pdf)"),
            )
            return self._issue_job(target) if target is not None else None
        folder = self._folder_path() or Path.home()
        target = self._ask_target(
            self.tr("Save the registry as"),
            folder / "registry.json",
            self.tr("Registries (*.json)"),
        )
        return self._registry_job(target) if target is not None else None

    def _ask_target(self, title: str, suggested: Path, filters: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(self, title, str(suggested), filters)
        return Path(name) if name else None

    @override
    def _job_finished(self, result: object, cancelled: bool) -> None:
        done, self._done = self._done, lambda _result: None
        done(result)

    @override
    def _bug_text(self, error: object) -> str:
        return arg(self.tr("That failed because of an error in sseassess: %1"), error)

    def _create_job(self) -> Job | None:
        """Make the issuer's key and certificate in the chosen folder."""
        from sseassess.app.issuer import CERTIFICATE_FILE, create_issuer, new_passphrase

        folder = self._folder_path()
        if folder is None:
            return None
        name, url = self._name.text(), self._url.text().strip()
        first, again = self._new_secret.text(), self._new_again.text()
        self._new_secret.clear()
        self._new_again.clear()

        def done(issuer: Any) -> None:
            self._open_folder()
            self._show_message(
                arg(
                    self.tr("Issuer “%1” created. Give reviewers its certificate: %2"),
                    issuer.name,
                    folder / CERTIFICATE_FILE,
                )
            )

        return self._job(
            lambda: create_issuer(folder, name, new_passphrase(first, again), url), done
        )

    def _choose_submission(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the member's submission"),
            str(SUBMISSION_FOLDER.folder(self._settings)),
            self.tr("Submissions (*.pdf *.sseassess);;All files (*)"),
        )
        if name:
            self._submission.setText(name)
            SUBMISSION_FOLDER.set_folder(self._settings, Path(name).parent)

    def _suggested_certificate(self) -> Path:
        submission = Path(self._submission.text().strip()).expanduser()
        return submission.with_name(
            arg(self.tr("%1 charter certificate"), submission.stem) + ".pdf"
        )

    def _issue_job(self, target: Path) -> Job | None:
        """Check the submission and write its charter certificate to ``target``."""
        from sseassess.app.issuer import issue

        issuer = self._issuer
        if issuer is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        submission = Path(self._submission.text().strip()).expanduser()
        chosen = self._valid_until.date()
        valid_until = date(chosen.year(), chosen.month(), chosen.day())
        secret = self._secret.text().encode("utf-8")
        self._secret.clear()
        workspace, language = self._workspace, self._language

        def work() -> Any:
            return issue(
                workspace,
                submission,
                issuer,
                secret,
                target,
                language=language,
                valid_until=valid_until,
            )

        def done(record: Any) -> None:
            self._fill_register()
            self._show_message(
                arg(
                    self.tr("Charter certificate No. %1 issued to %2, valid until %3:\n%4"),
                    record.number,
                    record.organization,
                    format_date(record.valid_until, self._language),
                    target,
                )
            )

        return self._job(work, done)

    def _ask_and_revoke(self) -> None:
        number = self._selected_number()
        if number is None or self.running:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revoke the certificate?"),
            arg(
                self.tr(
                    "Revoke charter certificate No. %1? It cannot be undone. Reviewers see "
                    "it once you publish the registry again."
                ),
                number,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.revoke(number)

    def revoke(self, number: str) -> None:
        """Revoke the certificate ``number`` of this issuer, in the background."""
        from sseassess.app.issuer import revoke

        issuer = self._issuer
        if issuer is None:
            return
        workspace = self._workspace

        def done(_record: Any) -> None:
            self._fill_register()
            self._show_message(
                arg(
                    self.tr("No. %1 is revoked. Write the registry again and publish it."),
                    number,
                )
            )

        self._run_job(self._job(lambda: revoke(workspace, issuer, number), done))

    def _registry_job(self, target: Path) -> Job | None:
        """Write the issuer's signed registry to ``target``."""
        from sseassess.app.issuer import write_registry

        issuer = self._issuer
        if issuer is None:
            return None
        secret = self._registry_secret.text().encode("utf-8")
        self._registry_secret.clear()
        workspace = self._workspace

        def done(count: Any) -> None:
            self._show_message(
                arg(self.tr("Registry of %1 certificates written to %2"), count, target)
            )

        return self._job(lambda: write_registry(workspace, issuer, secret, target), done)
