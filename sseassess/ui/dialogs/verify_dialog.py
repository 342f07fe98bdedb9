"""File › Verify a PDF…: what ``sseassess verify`` says, in plain words for a reviewer.

The reviewer chooses a PDF, and may trust issuers (their public certificate, issuer.pem)
and give an issuer's signed registry; both are remembered. The check runs in the
background (the PDF is parsed in a child process with a time limit); the dialog then says
the verdict in one line, who signed, until when it is valid, and what was altered.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.text import TranslatableError
from sseassess.i18n import translation
from sseassess.ui.decorators import override
from sseassess.ui.dialogs.job_dialog import Job, JobDialog, JobTexts
from sseassess.ui.palette import bad_colour, good_colour, set_text_colour
from sseassess.ui.settings import TRUSTED_ISSUERS, VERIFY_FOLDER, VERIFY_REGISTRY
from sseassess.ui.tasks import Cancelled, Progress, TaskRunner
from sseassess.ui.text import arg

if TYPE_CHECKING:
    from sseassess.app.verify import Verification

# The check: ``verify(pdf, trusted issuer files, registry)``.
Verifier = Callable[[Path, list[Path], "Path | None"], "Verification"]


def _default_verifier(pdf: Path, trusted: list[Path], registry: Path | None) -> Verification:
    from sseassess.app.verify import read_trusted, verify_file

    return verify_file(pdf, read_trusted(trusted), registry)


def _issuer_name(path: Path) -> str:
    """The issuer a certificate file names; TranslatableError when it is not one."""
    from sseassess.app.verify import read_trusted

    return read_trusted([path])[0].name


class VerifyDialog(JobDialog):
    """Choose a PDF (and whom to trust), check it, and read the verdict."""

    def __init__(
        self,
        language: str,
        runner: TaskRunner,
        settings: QSettings,
        parent: QWidget | None = None,
        verifier: Verifier | None = None,
    ) -> None:
        super().__init__(runner, language, parent)
        self._settings = settings
        self._verifier = verifier or _default_verifier
        self.setWindowTitle(self.tr("Verify a PDF"))
        self.setMinimumWidth(640)

        intro = QLabel(
            self.tr(
                "Check a certificate or report made with sseassess: whether it was changed "
                "after it was signed, who signed it, and whether it comes from an issuer you "
                "trust."
            ),
            self,
        )
        intro.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._file = QLineEdit(self)
        self._file.setObjectName("file")
        self._file.setAccessibleName(self.tr("The PDF to verify"))
        self._file.textChanged.connect(self._update_buttons)
        self._choose = QPushButton(self.tr("C&hoose…"), self)
        self._choose.setObjectName("choose_file")
        self._choose.setAccessibleName(self.tr("Choose the PDF to verify"))
        self._choose.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self._file, 1)
        row.addWidget(self._choose)
        label = QLabel(self.tr("&PDF file:"), self)
        label.setBuddy(self._file)
        form.addRow(label, row)

        self._trust = QGroupBox(self.tr("Issuers you trust"), self)
        trust_layout = QVBoxLayout(self._trust)
        trust_note = QLabel(
            self.tr(
                "A charter certificate is valid only if you trust its issuer: add the "
                "issuer's public certificate (issuer.pem), received from the issuer itself."
            ),
            self._trust,
        )
        trust_note.setWordWrap(True)
        self._trusted = QListWidget(self._trust)
        self._trusted.setObjectName("trusted")
        self._trusted.setAccessibleName(self.tr("Issuer certificates you trust"))
        self._trusted.setMaximumHeight(90)
        self._trusted.currentRowChanged.connect(self._update_buttons)
        add = QPushButton(self.tr("&Add issuer certificate…"), self._trust)
        add.setObjectName("add_issuer")
        add.clicked.connect(self._add_trusted)
        self._remove = QPushButton(self.tr("&Remove"), self._trust)
        self._remove.setObjectName("remove_issuer")
        self._remove.setAccessibleName(self.tr("Remove the chosen issuer certificate"))
        self._remove.clicked.connect(self._remove_trusted)
        trust_buttons = QHBoxLayout()
        trust_buttons.addWidget(add)
        trust_buttons.addWidget(self._remove)
        trust_buttons.addStretch(1)
        self._registry = QLineEdit(VERIFY_REGISTRY.get(settings), self._trust)
        self._registry.setObjectName("registry")
        self._registry.setPlaceholderText(self.tr("none: revocation is not checked"))
        self._registry.setAccessibleName(self.tr("The issuer's signed registry"))
        choose_registry = QPushButton(self.tr("Choo&se…"), self._trust)
        choose_registry.setObjectName("choose_registry")
        choose_registry.setAccessibleName(self.tr("Choose the issuer's registry"))
        choose_registry.clicked.connect(self._choose_registry)
        registry_row = QHBoxLayout()
        registry_label = QLabel(self.tr("Re&gistry:"), self._trust)
        registry_label.setBuddy(self._registry)
        registry_row.addWidget(registry_label)
        registry_row.addWidget(self._registry, 1)
        registry_row.addWidget(choose_registry)
        trust_layout.addWidget(trust_note)
        trust_layout.addWidget(self._trusted)
        trust_layout.addLayout(trust_buttons)
        trust_layout.addLayout(registry_row)

        self._verdict = QLabel(self)
        self._verdict.setObjectName("verdict")
        self._verdict.setWordWrap(True)
        font = QFont(self._verdict.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self._verdict.setFont(font)
        self._explanation = QLabel(self)
        self._explanation.setObjectName("explanation")
        self._explanation.setWordWrap(True)
        self._explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._facts = QFormLayout()
        self._facts_box = QWidget(self)
        self._facts_box.setObjectName("facts")
        self._facts_box.setLayout(self._facts)
        self._findings = QLabel(self)
        self._findings.setObjectName("findings")
        self._findings.setWordWrap(True)
        self._findings.setTextFormat(Qt.TextFormat.PlainText)
        self._findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._hide_verdict()

        self._build_job_controls(
            JobTexts(
                start=self.tr("&Verify"),
                start_name=self.tr("Verify the PDF"),
                start_object="verify",
                progress_name=self.tr("Verification under way"),
                message_name=self.tr("Verification result"),
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._trust)
        layout.addWidget(self._progress)
        layout.addWidget(self._message)
        layout.addWidget(self._verdict)
        layout.addWidget(self._explanation)
        layout.addWidget(self._facts_box)
        layout.addWidget(self._findings)
        layout.addStretch(1)
        layout.addLayout(self._button_row())
        for path in TRUSTED_ISSUERS.get(settings):
            try:
                name = _issuer_name(path)
            except TranslatableError:
                name = ""  # moved or damaged since: shown by its path, refused when checked
            self._add_trusted_item(path, name)
        self._update_buttons()

    # -- what the reviewer sees

    def verdict(self) -> str:
        """The verdict line (empty before the first check)."""
        return "" if self._verdict.isHidden() else self._verdict.text()

    def explanation(self) -> str:
        return "" if self._explanation.isHidden() else self._explanation.text()

    def findings(self) -> str:
        """What was altered, and what the reviewer should know (one item a line)."""
        return "" if self._findings.isHidden() else self._findings.text()

    def facts(self) -> dict[str, str]:
        """The facts shown under the verdict, by label."""
        shown: dict[str, str] = {}
        for row in range(self._facts.rowCount()):
            label = self._facts.itemAt(row, QFormLayout.ItemRole.LabelRole)
            value = self._facts.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and value is not None:
                label_widget, value_widget = label.widget(), value.widget()
                if isinstance(label_widget, QLabel) and isinstance(value_widget, QLabel):
                    shown[label_widget.text().rstrip(": \u00a0")] = value_widget.text()
        return shown

    def trusted_files(self) -> list[Path]:
        return [
            Path(str(item.data(Qt.ItemDataRole.UserRole)))
            for item in (self._trusted.item(row) for row in range(self._trusted.count()))
            if item is not None
        ]

    def set_file(self, path: Path) -> None:
        self._file.setText(str(path))

    @override
    def _ready(self) -> bool:
        return bool(self._file.text().strip())

    @override
    def _update_buttons(self) -> None:
        super()._update_buttons()
        self._remove.setEnabled(self._trusted.currentRow() >= 0 and not self.running)

    @override
    def _set_fields_enabled(self, enabled: bool) -> None:
        for widget in (self._file, self._choose, self._trust):
            widget.setEnabled(enabled)

    # -- trusted issuers and registry

    def _add_trusted_item(self, path: Path, name: str) -> None:
        text = arg(self.tr("%1 — %2"), name, path) if name else str(path)
        item = QListWidgetItem(text, self._trusted)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        self._trusted.setCurrentItem(item)

    def _add_trusted(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an issuer's certificate"),
            str(VERIFY_FOLDER.folder(self._settings)),
            self.tr("Issuer certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if name:
            self.add_trusted(Path(name))

    def add_trusted(self, path: Path) -> bool:
        """Trust the issuer certificate at ``path``; says why not when it is not one."""
        if path in self.trusted_files():
            return True
        try:
            name = _issuer_name(path)
        except TranslatableError as error:
            self._show_cannot_check(error.message(translation(self._language).gettext))
            return False
        self._add_trusted_item(path, name)
        TRUSTED_ISSUERS.set(self._settings, self.trusted_files())
        self._update_buttons()
        return True

    def _remove_trusted(self) -> None:
        row = self._trusted.currentRow()
        if row >= 0:
            self._trusted.takeItem(row)
            TRUSTED_ISSUERS.set(self._settings, self.trusted_files())
        self._update_buttons()

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the PDF to verify"),
            str(VERIFY_FOLDER.folder(self._settings)),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        if name:
            self._file.setText(name)
            VERIFY_FOLDER.set_folder(self._settings, Path(name).parent)

    def _choose_registry(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the issuer's registry"),
            str(VERIFY_FOLDER.folder(self._settings)),
            self.tr("Registries (*.json);;All files (*)"),
        )
        if name:
            self._registry.setText(name)

    # -- the check

    @override
    def _prepare(self) -> Job | None:
        pdf = Path(self._file.text().strip()).expanduser()
        registry_text = self._registry.text().strip()
        registry = Path(registry_text).expanduser() if registry_text else None
        VERIFY_REGISTRY.set(self._settings, registry_text)
        trusted = self.trusted_files()
        verifier = self._verifier

        def work(_progress: Progress, _cancelled: Cancelled) -> Verification:
            return verifier(pdf, trusted, registry)

        self._hide_verdict()
        return Job(work)

    def _hide_verdict(self) -> None:
        for widget in (self._verdict, self._explanation, self._facts_box, self._findings):
            widget.setVisible(False)

    @override
    def _job_failed(self, error: object, cancelled: bool) -> None:
        if isinstance(error, TranslatableError):
            self._show_cannot_check(error.message(translation(self._language).gettext))
        else:
            super()._job_failed(error, cancelled)

    @override
    def _bug_text(self, error: object) -> str:
        return arg(self.tr("The check failed because of an error in sseassess: %1"), error)

    def _show_cannot_check(self, text: str) -> None:
        """A file that cannot be checked (not an sseassess PDF, unreadable, a bad choice)."""
        self._hide_verdict()
        self._show_verdict(self.tr("Cannot be checked"), text, bad=True)

    def _show_verdict(self, verdict: str, explanation: str, bad: bool | None) -> None:
        self._verdict.setText(verdict)
        palette = self._verdict.palette()
        colour = None if bad is None else bad_colour(palette) if bad else good_colour(palette)
        set_text_colour(self._verdict, colour)
        self._explanation.setText(explanation)
        self._verdict.setVisible(True)
        self._explanation.setVisible(True)

    @override
    def _job_finished(self, result: object, cancelled: bool) -> None:
        from sseassess.app.verdict_text import describe, short_key
        from sseassess.app.verify import Outcome, Verification

        if not isinstance(result, Verification):
            return
        _ = translation(self._language).gettext
        what = describe(result, _)
        outcome = result.outcome
        if outcome == Outcome.TRUSTED:
            self._show_verdict(
                self.tr("Valid charter certificate"),
                arg(
                    self.tr(
                        "Charter certificate No. %1, issued by %2 to %3 and valid until %4. "
                        "It is exactly as the issuer signed it, and the issuer is one you "
                        "trust."
                    ),
                    result.number,
                    result.issuer,
                    result.organization,
                    result.valid_until,
                ),
                bad=False,
            )
        elif outcome == Outcome.SELF_DECLARED:
            self._show_verdict(
                self.tr("Self-declared: nobody else checked it"),
                arg(
                    self.tr(
                        "This is %1 made with sseassess. It has not changed since it was "
                        "exported, but the organization assessed itself: no issuer checked "
                        "its answers or certified anything."
                    ),
                    what,
                ),
                bad=None,
            )
        elif outcome == Outcome.UNTRUSTED:
            self._show_verdict(
                self.tr("Not trusted here"),
                arg(
                    self.tr(
                        "This is %1, intact since it was signed, but by “%2”, an issuer you "
                        "have not chosen to trust, or it is not valid today. Add the issuer's "
                        "certificate above only if you received it from the issuer itself."
                    ),
                    what,
                    result.signer,
                ),
                bad=None,
            )
        else:
            self._show_verdict(
                self.tr("Altered, forged or revoked: do not rely on it"),
                self.tr(
                    "This file is not what was signed: it was changed afterwards, made to "
                    "look like something it is not, or its certificate was revoked."
                ),
                bad=True,
            )
        self._fill_facts(result, what, short_key(result))
        lines = [problem.message(_) for problem in result.problems]
        notes = [problem.message(_) for problem in result.notes]
        text = ""
        if lines:
            text = self.tr("What was found:") + "\n" + "\n".join(f"• {line}" for line in lines)
        if notes:
            text += ("\n\n" if text else "") + "\n".join(f"• {note}" for note in notes)
        self._findings.setText(text)
        self._findings.setVisible(bool(text))

    def _fill_facts(self, result: Verification, what: str, key: str) -> None:
        while self._facts.rowCount():
            self._facts.removeRow(0)
        signer = arg(self.tr("%1 (key %2)"), result.signer, key) if result.signer else ""
        rows = (
            (self.tr("Document"), what),
            (self.tr("Organization"), result.organization),
            (self.tr("Assessment of"), result.assessed_on),
            (self.tr("Signed by"), signer),
            (self.tr("Certificate number"), result.number),
            (self.tr("Issuer"), result.issuer),
            (self.tr("Valid until"), result.valid_until),
            (self.tr("Verification code"), result.code),
        )
        for label, value in rows:
            if value:
                field = QLabel(value, self._facts_box)
                field.setWordWrap(True)
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._facts.addRow(QLabel(arg(self.tr("%1:"), label), self._facts_box), field)
        self._facts_box.setVisible(self._facts.rowCount() > 0)
