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
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.text import TranslatableError
from sseassess.i18n import format_date, translation
from sseassess.ui.background import BackgroundRunner, Task
from sseassess.ui.decorators import override
from sseassess.ui.feedback import hand_to_crash_handler, show_message
from sseassess.ui.text import arg

if TYPE_CHECKING:
    from sseassess.app.issuer import Issuer
    from sseassess.app.workspace import Workspace

#: The issuer's folder last used.
SETTINGS_FOLDER = "issuer/folder"
#: Where submissions were last chosen from and certificates saved to.
SETTINGS_FILES = "issuer/files"
#: The default validity of a charter certificate, in years.
VALIDITY_YEARS = 2


def _password_field(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


class IssuerDialog(QDialog):
    """Create an issuer, issue charter certificates, revoke them, write the registry."""

    def __init__(
        self,
        workspace: Workspace,
        language: str,
        runner: BackgroundRunner,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._language = language
        self._runner = runner
        self._settings = settings
        self._task: Task | None = None
        self._issuer: Issuer | None = None
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

        self._folder = QLineEdit(str(settings.value(SETTINGS_FOLDER, "") or ""), self)
        self._folder.setObjectName("folder")
        self._folder.setAccessibleName(self.tr("The issuer's folder"))
        self._folder.editingFinished.connect(self._open_folder)
        self._folder.textChanged.connect(self._update_buttons)
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.setObjectName("choose_folder")
        choose.setAccessibleName(self.tr("Choose the issuer's folder"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("Issuer &folder:"), self)
        folder_label.setBuddy(self._folder)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self._folder, 1)
        folder_row.addWidget(choose)
        self._status = QLabel(self)
        self._status.setObjectName("status")
        self._status.setWordWrap(True)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._tabs = QTabWidget(self)
        self._tabs.addTab(self._build_create(), self.tr("&Create"))
        self._tabs.addTab(self._build_issue(), self.tr("I&ssue"))
        self._tabs.addTab(self._build_register(), self.tr("&Register"))

        self._progress = QProgressBar(self)
        self._progress.setObjectName("progress")
        self._progress.setAccessibleName(self.tr("Work under way"))
        self._progress.setRange(0, 0)
        self._progress.setVisible(False)
        self._message = QLabel(self)
        self._message.setObjectName("message")
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message.setVisible(False)
        self._close = QPushButton(self.tr("Close"), self)
        self._close.setObjectName("close")
        self._close.setAccessibleName(self.tr("Close this window"))
        self._close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self._status)
        layout.addWidget(self._tabs, 1)
        layout.addWidget(self._progress)
        layout.addWidget(self._message)
        layout.addLayout(buttons)
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
        self._create = QPushButton(self.tr("Create &issuer"), page)
        self._create.setObjectName("create")
        self._create.clicked.connect(self.create_issuer)
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
        form.addRow(self._create)
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
        self._issue = QPushButton(self.tr("&Issue certificate…"), page)
        self._issue.setObjectName("issue")
        self._issue.clicked.connect(self._ask_and_issue)
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
        form.addRow(self._issue)
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
        self._write_registry = QPushButton(self.tr("&Write registry…"), page)
        self._write_registry.setObjectName("write_registry")
        self._write_registry.setAccessibleName(self.tr("Write the issuer's signed registry"))
        self._write_registry.clicked.connect(self._ask_and_write_registry)
        row = QHBoxLayout()
        row.addWidget(self._revoke)
        row.addStretch(1)
        passphrase_label = QLabel(self.tr("Passp&hrase:"), page)
        passphrase_label.setBuddy(self._registry_secret)
        row.addWidget(passphrase_label)
        row.addWidget(self._registry_secret)
        row.addWidget(self._write_registry)
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
    def running(self) -> bool:
        return self._task is not None

    @property
    def issuer(self) -> Issuer | None:
        """The issuer of the chosen folder, if there is one."""
        return self._issuer

    def message(self) -> str:
        """What the dialog says about the last step (empty before the first)."""
        return "" if self._message.isHidden() else self._message.text()

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

    def _update_buttons(self) -> None:
        idle = not self.running
        has_folder = self._folder_path() is not None
        self._create.setEnabled(
            idle
            and has_folder
            and self._issuer is None
            and bool(self._name.text().strip())
            and bool(self._new_secret.text())
            and bool(self._new_again.text())
        )
        ready = idle and self._issuer is not None
        self._issue.setEnabled(
            ready and bool(self._submission.text().strip()) and bool(self._secret.text())
        )
        selected = self._selected_number()
        self._revoke.setEnabled(ready and selected is not None)
        self._write_registry.setEnabled(ready and bool(self._registry_secret.text()))
        self._close.setEnabled(idle)

    def _show_message(self, text: str, error: bool = False) -> None:
        show_message(self._message, text, error)

    # -- the folder

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the issuer's folder"), self._folder.text()
        )
        if folder:
            self._folder.setText(folder)
            self._open_folder()

    def set_folder(self, folder: Path) -> None:
        self._folder.setText(str(folder))
        self._open_folder()

    def _open_folder(self) -> None:
        """Read the issuer of the chosen folder (no passphrase needed: only its certificate)."""
        from sseassess.app.issuer import open_issuer

        folder = self._folder_path()
        self._issuer = None
        if folder is None:
            self._status.setText(self.tr("Choose a folder for a new issuer, or an issuer's."))
        elif not (folder / "issuer.pem").exists():
            self._status.setText(
                self.tr("No issuer in this folder yet: create one in the Create tab.")
            )
        else:
            try:
                self._issuer = open_issuer(folder)
            except TranslatableError as error:
                self._status.setText(error.message(translation(self._language).gettext))
            else:
                self._settings.setValue(SETTINGS_FOLDER, str(folder))
                self._status.setText(
                    arg(
                        self.tr("Issuer: %1 (key %2). Give reviewers %3."),
                        self._issuer.name,
                        " ".join(self._issuer.fingerprint.split()[:4]),
                        folder / "issuer.pem",
                    )
                )
                self._tabs.setCurrentIndex(1)
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
        rows = self._table.selectionModel().selectedRows() if self._table.selectionModel() else []
        if not rows:
            return None
        item = self._table.item(rows[0].row(), 0)
        return item.text() if item is not None else None

    # -- the steps, each in the background

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def job(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
            return work()

        task = Task(job, self)
        task.finished.connect(lambda result: self._finished(done, result))
        task.failed.connect(self._failed)
        self._task = task
        self._message.setVisible(False)
        self._progress.setVisible(True)
        self._tabs.setEnabled(False)
        self._update_buttons()
        self._runner.start(task)

    def _idle(self) -> None:
        self._task = None
        self._progress.setVisible(False)
        self._tabs.setEnabled(True)
        self._update_buttons()

    def _finished(self, done: Callable[[Any], None], result: Any) -> None:
        self._idle()
        done(result)

    def _failed(self, error: object) -> None:
        self._idle()
        if isinstance(error, TranslatableError):
            self._show_message(error.message(translation(self._language).gettext), error=True)
        else:
            self._show_message(
                arg(self.tr("That failed because of an error in sseassess: %1"), error),
                error=True,
            )
            hand_to_crash_handler(error)

    def create_issuer(self) -> None:
        """Make the issuer's key and certificate in the chosen folder."""
        from sseassess.app.issuer import create_issuer, new_passphrase

        folder = self._folder_path()
        if folder is None or not self._create.isEnabled():
            return
        name, url = self._name.text(), self._url.text().strip()
        first, again = self._new_secret.text(), self._new_again.text()
        self._new_secret.clear()
        self._new_again.clear()

        def done(issuer: Issuer) -> None:
            self._show_message(
                arg(
                    self.tr("Issuer “%1” created. Give reviewers its certificate: %2"),
                    issuer.name,
                    folder / "issuer.pem",
                )
            )
            self._open_folder()

        self._run(lambda: create_issuer(folder, name, new_passphrase(first, again), url), done)

    def _choose_submission(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the member's submission"),
            str(self._settings.value(SETTINGS_FILES, "") or ""),
            self.tr("Submissions (*.pdf *.sseassess);;All files (*)"),
        )
        if name:
            self._submission.setText(name)
            self._settings.setValue(SETTINGS_FILES, str(Path(name).parent))

    def _ask_and_issue(self) -> None:
        submission = Path(self._submission.text().strip()).expanduser()
        suggested = submission.with_name(
            arg(self.tr("%1 charter certificate"), submission.stem) + ".pdf"
        )
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the charter certificate as"),
            str(suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.issue(Path(name))

    def issue(self, target: Path) -> None:
        """Check the submission and write its charter certificate to ``target``."""
        from sseassess.app.issuer import issue

        issuer = self._issuer
        if issuer is None or not self._issue.isEnabled():
            return
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
            self._show_message(
                arg(
                    self.tr("Charter certificate No. %1 issued to %2, valid until %3:\n%4"),
                    record.number,
                    record.organization,
                    format_date(record.valid_until, self._language),
                    target,
                )
            )
            self._fill_register()

        self._run(work, done)

    def _ask_and_revoke(self) -> None:
        number = self._selected_number()
        if number is None:
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
        from sseassess.app.issuer import revoke

        issuer = self._issuer
        if issuer is None:
            return
        workspace = self._workspace

        def done(_record: Any) -> None:
            self._show_message(
                arg(
                    self.tr("No. %1 is revoked. Write the registry again and publish it."),
                    number,
                )
            )
            self._fill_register()

        self._run(lambda: revoke(workspace, issuer, number), done)

    def _ask_and_write_registry(self) -> None:
        folder = self._folder_path() or Path.home()
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the registry as"),
            str(folder / "registry.json"),
            self.tr("Registries (*.json)"),
        )
        if name:
            self.write_registry(Path(name))

    def write_registry(self, target: Path) -> None:
        """Write the issuer's signed registry to ``target``."""
        from sseassess.app.issuer import write_registry

        issuer = self._issuer
        if issuer is None or not self._write_registry.isEnabled():
            return
        secret = self._registry_secret.text().encode("utf-8")
        self._registry_secret.clear()
        workspace = self._workspace

        def done(count: Any) -> None:
            self._show_message(
                arg(self.tr("Registry of %1 certificates written to %2"), count, target)
            )

        self._run(lambda: write_registry(workspace, issuer, secret, target), done)

    @override
    def reject(self) -> None:
        """Close, once a step under way has finished (it cannot stop halfway)."""
        if not self.running:
            super().reject()
