"""The main window: home, the assessment wizard, results, action plan and comparison.

It is the first thing on screen, so this module imports only what the first paint needs:
pages, dialogs and their Qt classes are imported where they are first used (importing a Qt
class creates its Python enums, which costs milliseconds each).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from sseassess.i18n import SUPPORTED_LANGUAGES, language_name
from sseassess.ui.decorators import override
from sseassess.ui.settings import (
    BACKUP_FOLDER,
    EXPORT_FOLDER,
    LANGUAGE,
    SESSION_ASSESSMENT,
    WINDOW_GEOMETRY,
)
from sseassess.ui.tasks import TaskRunner
from sseassess.ui.text import arg

if TYPE_CHECKING:
    from sseassess.app.startup import Listing
    from sseassess.app.workspace import Workspace
    from sseassess.ui.dialogs.file_job import FileJob
    from sseassess.ui.pages.action_plan_page import ActionPlanPage
    from sseassess.ui.pages.assessment_page import AssessmentPage
    from sseassess.ui.pages.compare_page import ComparePage
    from sseassess.ui.pages.home_page import HomePage
    from sseassess.ui.pages.results_page import ResultsPage
    from sseassess.ui.tasks import Cancelled, Progress, Work
    from sseassess.ui.workshop.divergence_page import DivergencePage


class MainWindow(QMainWindow):
    """Hosts the pages and moves between them; remembers size and where the user was."""

    # Emitted once, just after the window was first painted.
    first_painted = Signal()
    # Emitted each time the home page has (re)loaded the organizations.
    organizations_loaded = Signal()

    def __init__(
        self,
        settings: QSettings,
        workspace: Workspace | None = None,
        language: str = "en",
        runner: TaskRunner | None = None,
        switch_translators: Callable[[str], None] | None = None,
        database_url: str | None = None,
    ) -> None:
        super().__init__()
        self._settings = settings
        self._database_url = database_url
        self._language = language
        self._runner = runner or TaskRunner()
        self._switch_translators = switch_translators
        self._workspace: Workspace | None = None
        self._pages: dict[str, QWidget] = {}
        self._home: HomePage | None = None
        self._listing: Listing | None = None
        self._location: tuple[str, tuple[str, ...]] = ("home", ())
        self._painted = False
        self.setMinimumSize(760, 520)

        self._stack = QStackedWidget(self)
        self._opening = QLabel(self)
        self._stack.addWidget(self._opening)
        self.setCentralWidget(self._stack)
        self._menus_built = False
        self._build_texts(menus=workspace is not None)

        geometry = WINDOW_GEOMETRY.get(settings)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        if workspace is not None:
            self.set_workspace(workspace)

    def _build_texts(self, menus: bool = True) -> None:
        """Title and menus in the current language (built again when it changes).

        At start-up the menus are built just after the first paint: creating their Qt
        shortcuts costs more than the rest of the window.
        """
        self.setWindowTitle(self.tr("sseassess — SSE charter self-assessment"))
        self._opening.setText(self.tr("Opening the database…"))
        if menus:
            self._build_menus()

    def _build_menus(self) -> None:
        self._menus_built = True
        menu_bar = self.menuBar()
        menu_bar.clear()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        self._new_organization_action = file_menu.addAction(self.tr("New &organization…"))
        self._new_organization_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self._new_organization_action.triggered.connect(lambda: self.edit_organization(None))
        self._home_action = file_menu.addAction(self.tr("&Home"))
        self._home_action.setShortcut(QKeySequence("Alt+Home"))
        self._home_action.triggered.connect(self.show_home)
        file_menu.addSeparator()
        verify_action = file_menu.addAction(self.tr("&Verify a PDF…"))
        verify_action.triggered.connect(self.verify_pdf)
        self._issuer_action = file_menu.addAction(self.tr("&Issuer (secretariat)…"))
        self._issuer_action.triggered.connect(self.open_issuer)
        file_menu.addSeparator()
        self._backup_action = file_menu.addAction(self.tr("&Back up…"))
        self._backup_action.triggered.connect(self.back_up)
        self._restore_action = file_menu.addAction(self.tr("&Restore…"))
        self._restore_action.triggered.connect(lambda: self.restore())
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (
            self._new_organization_action,
            self._home_action,
            self._issuer_action,
            self._backup_action,
            self._restore_action,
        ):
            action.setEnabled(self._workspace is not None)

        workshop_menu = menu_bar.addMenu(self.tr("&Workshop"))
        self._send_workshop_action = workshop_menu.addAction(
            self.tr("Send the workshop to &laptops…")
        )
        self._send_workshop_action.triggered.connect(self.send_workshop)
        self._collect_action = workshop_menu.addAction(self.tr("&Collect answers…"))
        self._collect_action.triggered.connect(self.collect_answers)
        self._paper_action = workshop_menu.addAction(self.tr("Import pa&per answers…"))
        self._paper_action.triggered.connect(self.import_paper_answers)
        self._received_action = workshop_menu.addAction(self.tr("&Received files…"))
        self._received_action.triggered.connect(self.show_received_files)
        self._participant_action = workshop_menu.addAction(self.tr("Participant's &answers…"))
        self._participant_action.triggered.connect(self.show_participant_answers)
        workshop_menu.addSeparator()
        self._join_action = workshop_menu.addAction(self.tr("&Join a workshop…"))
        self._join_action.triggered.connect(self.join_workshop)
        self._send_action = workshop_menu.addAction(self.tr("&Send my answers…"))
        self._send_action.triggered.connect(self.send_answers)
        workshop_menu.addSeparator()
        self._forms_action = workshop_menu.addAction(self.tr("&Paper questionnaire…"))
        self._forms_action.triggered.connect(self.save_paper_forms)
        self._data_action = workshop_menu.addAction(self.tr("&Export answers (Excel, CSV)…"))
        self._data_action.triggered.connect(self.export_answers)
        for action in self._workshop_actions():
            action.setEnabled(self._workspace is not None)

        self._language_menu = menu_bar.addMenu(self.tr("&Language"))
        # Filled when first opened: naming languages loads Babel's data, not needed to start.
        self._language_menu.aboutToShow.connect(self._fill_language_menu)

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About sseassess"), self._about)

    def _fill_language_menu(self) -> None:
        menu = self._language_menu
        if menu.actions():
            return
        from PySide6.QtGui import QActionGroup

        group = QActionGroup(menu)
        for code in SUPPORTED_LANGUAGES:
            action = menu.addAction(language_name(code))
            action.setCheckable(True)
            action.setChecked(code == self._language)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.set_language(code))

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        """Switch the whole interface to ``language`` now, staying on the same page.

        Whatever is being typed is saved first; the pages are then built again in the new
        language and the window goes back to where the user was.
        """
        if language == self._language:
            return
        self._flush()
        LANGUAGE.set(self._settings, language)
        if self._switch_translators is not None:
            self._switch_translators(language)
        self._language = language
        self._build_texts()
        if self._home is None:
            return
        current = self.home.selected_uuid()
        location = self._location
        for page in [self.home, *self._pages.values()]:
            self._stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self._create_home()
        if self._listing is not None:  # still opening the database
            self.show_listing(self._listing, select=current)
            return
        self.home.refresh(select=current)
        self._go(location)

    def _go(self, location: tuple[str, tuple[str, ...]]) -> None:
        name, arguments = location
        if name == "assessment":
            self.open_assessment(*arguments)
        elif name == "results":
            self.show_results(*arguments)
        elif name == "action_plan":
            self.show_action_plan(*arguments)
        elif name == "comparison":
            self.show_comparison(*arguments)
        elif name == "divergence":
            self.show_workshop(*arguments)
        else:
            self._show(self.home, ("home", ()))

    # -- pages

    @property
    def resumes_assessment(self) -> bool:
        """Whether the window will reopen the assessment the user left, not home."""
        return bool(self._resumed_assessment())

    def _resumed_assessment(self) -> str:
        return SESSION_ASSESSMENT.get(self._settings)

    def show_listing(self, listing: Listing, select: str | None = None) -> None:
        """List the organizations before the workspace is open (see ``application.run``).

        The home page shows them at once, its buttons disabled until :meth:`set_workspace`.
        """
        self._listing = listing
        if self._home is None:
            self._create_home()
        self.home.show_listing(listing.organizations, listing.assessments, select)
        self._show(self.home, ("home", ()))

    def set_workspace(self, workspace: Workspace) -> None:
        """Show home on this (open) workspace, or the assessment the user left.

        The other pages are built when first shown, so that start-up stays quick.
        """
        self._workspace = workspace
        self._listing = None
        if not self._menus_built:
            self._build_menus()
        listed = self._home is not None
        if self._home is None:
            self._create_home()
        self.home.set_workspace(workspace)
        for action in (
            self._new_organization_action,
            self._home_action,
            self._issuer_action,
            self._backup_action,
            self._restore_action,
            self._forms_action,
            self._data_action,
            *self._workshop_actions(),
        ):
            action.setEnabled(True)
        last = self._resumed_assessment()
        if not listed:
            self.home.refresh()
        if last and self.home.model.index_of(last).isValid():
            self.open_assessment(last)
        else:
            self._show(self.home, ("home", ()))

    @property
    def home(self) -> HomePage:
        assert self._home is not None
        return self._home

    def _create_home(self) -> None:
        from sseassess.ui.pages.home_page import HomePage

        home = self._home = HomePage(self._workspace, self._language, self._settings, self)
        self._stack.addWidget(home)
        home.organizations_loaded.connect(self.organizations_loaded)
        home.assessment_opened.connect(self.open_assessment)
        home.results_requested.connect(self.show_results)
        home.comparison_requested.connect(self.show_comparison)
        home.workshop_requested.connect(self.show_workshop)
        home.organization_edit_requested.connect(self.edit_organization)
        home.organization_create_requested.connect(lambda: self.edit_organization(None))
        home.demo_requested.connect(self._create_demo)

    def _page(self, name: str) -> QWidget:
        """The page called ``name``, built and wired the first time it is needed."""
        page = self._pages.get(name)
        if page is not None:
            return page
        assert self._workspace is not None
        workspace, language, settings = self._workspace, self._language, self._settings
        if name == "assessment":
            from sseassess.ui.pages.assessment_page import AssessmentPage

            wizard = AssessmentPage(workspace, language, settings, self, self._runner)
            wizard.results_requested.connect(self.show_results)
            wizard.home_requested.connect(self.show_home)
            wizard.answers_changed.connect(self.home.forget_score)
            wizard.database_damaged.connect(self.offer_restore)
            page = wizard
        elif name == "results":
            from sseassess.ui.pages.results_page import ResultsPage

            results = ResultsPage(workspace, language, self._runner, settings, self)
            results.answers_requested.connect(self.open_assessment)
            results.action_plan_requested.connect(self.show_action_plan)
            results.home_requested.connect(self.show_home)
            results.status_changed.connect(lambda _status: self.home.refresh())
            page = results
        elif name == "action_plan":
            from sseassess.ui.pages.action_plan_page import ActionPlanPage

            plan = ActionPlanPage(workspace, language, self)
            plan.results_requested.connect(self.show_results)
            plan.home_requested.connect(self.show_home)
            page = plan
        elif name == "divergence":
            from sseassess.ui.workshop.divergence_page import DivergencePage

            divergence = DivergencePage(workspace, language, settings, self)
            divergence.home_requested.connect(self.show_home)
            divergence.results_requested.connect(self.show_results)
            divergence.answers_changed.connect(self.home.forget_score)
            divergence.status_changed.connect(lambda _status: self.home.refresh())
            page = divergence
        else:
            from sseassess.ui.pages.compare_page import ComparePage

            comparison = ComparePage(workspace, language, self)
            comparison.home_requested.connect(self.show_home)
            page = comparison
        self._pages[name] = page
        self._stack.addWidget(page)
        return page

    @property
    def assessment(self) -> AssessmentPage:
        return cast("AssessmentPage", self._page("assessment"))

    @property
    def results(self) -> ResultsPage:
        return cast("ResultsPage", self._page("results"))

    @property
    def action_plan(self) -> ActionPlanPage:
        return cast("ActionPlanPage", self._page("action_plan"))

    @property
    def comparison(self) -> ComparePage:
        return cast("ComparePage", self._page("comparison"))

    @property
    def divergence(self) -> DivergencePage:
        return cast("DivergencePage", self._page("divergence"))

    def _flush(self) -> None:
        """Save anything still being typed in the wizard."""
        wizard = self._pages.get("assessment")
        if wizard is not None:
            cast("AssessmentPage", wizard).flush()

    def _show(self, page: QWidget, location: tuple[str, tuple[str, ...]]) -> None:
        if self._stack.currentWidget() is self._pages.get("assessment"):
            self._flush()
        self._stack.setCurrentWidget(page)
        self._location = location
        if location[0] == "assessment":
            SESSION_ASSESSMENT.set(self._settings, location[1][0])
        else:
            SESSION_ASSESSMENT.remove(self._settings)

    def current_page(self) -> QWidget | None:
        return self._stack.currentWidget()

    def show_home(self) -> None:
        self._show(self.home, ("home", ()))
        self.home.refresh()

    def open_assessment(self, uuid: str) -> None:
        self.assessment.open_assessment(uuid)
        self._show(self.assessment, ("assessment", (uuid,)))

    def show_results(self, uuid: str) -> None:
        self._show(self.results, ("results", (uuid,)))
        self.results.show_assessment(uuid)

    def show_action_plan(self, uuid: str) -> None:
        self._show(self.action_plan, ("action_plan", (uuid,)))
        self.action_plan.show_plan(uuid)

    def show_comparison(self, first: str, second: str) -> None:
        self._show(self.comparison, ("comparison", (first, second)))
        self.comparison.show_comparison(first, second)

    def show_workshop(self, uuid: str) -> None:
        self._show(self.divergence, ("divergence", (uuid,)))
        self.divergence.show_workshop(uuid)

    def current_assessment(self) -> str | None:
        """The assessment shown or selected, if any (dialogs start from it)."""
        name, arguments = self._location
        if name != "home" and arguments:
            return arguments[-1]
        selected = self.home.selected_uuid()
        if selected and self.home.model.assessment_at(self.home.model.index_of(selected)):
            return selected
        return None

    def collect_answers(self, files: Sequence[Path] = ()) -> None:
        """Import participants' files (or a workshop file on a participant's laptop);
        ``files`` are already in the list (opened from a file manager)."""
        from sseassess.ui.dialogs.collect_dialog import CollectDialog

        if self._workspace is None:
            return
        self._flush()
        dialog = CollectDialog(
            self._workspace,
            self.current_assessment(),
            self._language,
            self._runner,
            self._settings,
            self,
        )
        dialog.collected.connect(lambda _report: self._refresh_after_import())
        if files:
            dialog.add_files(files)
        dialog.exec()

    def _workshop_actions(self) -> tuple[QAction, ...]:
        """The Workshop menu's actions that need the database."""
        return (
            self._send_workshop_action,
            self._collect_action,
            self._paper_action,
            self._received_action,
            self._participant_action,
            self._join_action,
            self._send_action,
        )

    def _current_workshop(self, title: str) -> str | None:
        """The workshop shown or selected; None (after saying so) when there is none."""
        from PySide6.QtWidgets import QMessageBox

        uuid = self.current_assessment()
        if self._workspace is None:
            return None
        if uuid is None or self._workspace.assessment(uuid).kind != "workshop":
            QMessageBox.information(
                self, title, self.tr("First choose a workshop on the home page.")
            )
            return None
        return uuid

    def send_workshop(self) -> None:
        """Write the workshop file for the laptops: for anyone who joins, or addressed to
        one participant (who then keeps one identity on any laptop)."""
        from PySide6.QtWidgets import QInputDialog

        from sseassess.app.bundles import SUFFIX, export_workshop_file
        from sseassess.ui.file_names import safe_file_name
        from sseassess.ui.names import participant_labels

        title = self.tr("Send the workshop to laptops")
        uuid = self._current_workshop(title)
        if uuid is None or self._workspace is None:
            return
        people = self._workspace.participants(uuid)
        anyone = self.tr("Anyone who joins (each laptop says who answers)")
        labels = participant_labels(people, show_names=True)
        choices = [anyone, *(labels[p.uuid] for p in people)]
        choice, accepted = QInputDialog.getItem(
            self, title, self.tr("For whom is this file?"), choices, 0, False
        )
        if not accepted:
            return
        person = None if choice == anyone else people[choices.index(choice) - 1]
        stem = self.tr("workshop", "suggested file name")
        if person is not None:
            stem = safe_file_name(f"{stem} {person.display_name}")
        target = self._file_job_target(
            title, stem + SUFFIX, self.tr("sseassess files (*.sseassess)")
        )
        if target is None:
            return
        workspace, addressed = self._workspace, person.uuid if person is not None else None

        def work(_progress: Progress, _cancelled: Cancelled) -> list[Path]:
            export_workshop_file(workspace, uuid, target, addressed)
            return [target]

        self._run_file_job(title, work)

    def join_workshop(self) -> None:
        """On a participant's laptop: join a workshop with its file, then answer it."""
        from sseassess.ui.dialogs.join_dialog import JoinDialog

        if self._workspace is None:
            return
        dialog = JoinDialog(self._workspace, self._language, self._settings, self)
        dialog.joined.connect(self._joined)
        dialog.exec()

    def _joined(self, uuid: str) -> None:
        self.home.refresh(select=uuid)
        self.open_assessment(uuid)

    def import_paper_answers(self) -> None:
        """Import one participant's typed paper answers (CSV or XLSX)."""
        from sseassess.ui.dialogs.paper_answers_dialog import PaperAnswersDialog

        uuid = self._current_workshop(self.tr("Import paper answers"))
        if uuid is None or self._workspace is None:
            return
        self._flush()
        dialog = PaperAnswersDialog(self._workspace, uuid, self._language, self._settings, self)
        dialog.imported.connect(self._refresh_after_import)
        dialog.exec()

    def show_received_files(self) -> None:
        """The files and forms the workshop received, with Undo."""
        from sseassess.ui.dialogs.received_files_dialog import ReceivedFilesDialog

        uuid = self._current_workshop(self.tr("Received files"))
        if uuid is None or self._workspace is None:
            return
        dialog = ReceivedFilesDialog(self._workspace, uuid, self._language, self)
        dialog.undone.connect(self._refresh_after_undo)
        dialog.exec()

    def _refresh_after_undo(self) -> None:
        if self._location[0] == "divergence" and self._workspace is not None:
            uuid = self._location[1][0]
            if uuid not in {record.uuid for record in self._workspace.assessments()}:
                self.show_home()
                return
        self._refresh_after_import()

    def show_participant_answers(self) -> None:
        """One participant's answers, to check, correct or merge."""
        from sseassess.ui.dialogs.participant_answers_dialog import ParticipantAnswersDialog

        uuid = self._current_workshop(self.tr("Participant's answers"))
        if uuid is None or self._workspace is None:
            return
        dialog = ParticipantAnswersDialog(self._workspace, uuid, self._language, self)
        dialog.changed.connect(self._refresh_after_import)
        dialog.exec()

    def _refresh_after_import(self) -> None:
        self.home.refresh()
        if self._location[0] == "divergence":
            self.divergence.show_workshop(*self._location[1])

    def send_answers(self) -> None:
        """Write this laptop's answers to a file for the workshop's facilitator."""
        from sseassess.ui.dialogs.send_answers_dialog import SendAnswersDialog

        if self._workspace is None:
            return
        self._flush()
        dialog = SendAnswersDialog(
            self._workspace,
            self.current_assessment(),
            self._language,
            self._runner,
            self._settings,
            self,
        )
        dialog.exec()

    def _file_job_target(self, title: str, suggested: str, filters: str) -> Path | None:
        """Ask where to save; None when cancelled or when no assessment is chosen."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        if self._workspace is None or self.current_assessment() is None:
            QMessageBox.information(
                self, title, self.tr("First choose an assessment on the home page.")
            )
            return None
        folder = EXPORT_FOLDER.get(self._settings) or str(Path.home())
        name, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / suggested), filters
        )
        if not name:
            return None
        target = Path(name)
        EXPORT_FOLDER.set_folder(self._settings, target.parent)
        return target

    def save_paper_forms(self) -> None:
        """The blank questionnaire (PDF) and, beside it, the template to type answers in."""
        from sseassess.app.forms import write_forms

        title = self.tr("Paper questionnaire")
        suggested = self.tr("questionnaire", "suggested file name") + ".pdf"
        target = self._file_job_target(title, suggested, self.tr("PDF (*.pdf)"))
        if target is None or self._workspace is None:
            return
        pdf = target.with_suffix(".pdf")
        template = pdf.with_name(
            self.tr("{name}-template", "file name").format(name=pdf.stem) + ".xlsx"
        )
        workspace, uuid, language = self._workspace, self.current_assessment(), self._language
        assert uuid is not None
        self._run_file_job(
            title,
            lambda progress, cancelled: write_forms(
                workspace,
                uuid,
                pdf=pdf,
                csv_file=None,
                xlsx=template,
                language=language,
                progress=progress,
                cancelled=cancelled,
            ),
        )

    def export_answers(self) -> None:
        """Every participant's and the consensus answers, for the trainer's own analysis."""
        from sseassess.app.data_export import export_data

        title = self.tr("Export answers")
        target = self._file_job_target(
            title,
            self.tr("answers", "suggested file name") + ".xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if target is None or self._workspace is None:
            return
        as_csv = target.suffix.lower() == ".csv"
        if not as_csv and target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        workspace, uuid, language = self._workspace, self.current_assessment(), self._language
        assert uuid is not None
        self._run_file_job(
            title,
            lambda progress, cancelled: export_data(
                workspace,
                uuid,
                csv_file=target if as_csv else None,
                xlsx=None if as_csv else target,
                language=language,
                progress=progress,
                cancelled=cancelled,
            ),
        )

    def _run_file_job(self, title: str, work: Work[list[Path]]) -> FileJob:
        from sseassess.ui.dialogs.file_job import FileJob

        self._flush()
        job = FileJob(title, work, self._runner, self._language, self)
        job.start()
        return job

    def verify_pdf(self) -> None:
        """Check a PDF: intact, who signed it, whether its issuer is trusted here."""
        from sseassess.ui.dialogs.verify_dialog import VerifyDialog

        VerifyDialog(self._language, self._runner, self._settings, self).exec()

    def open_issuer(self) -> None:
        """A secretariat's issuer: its key, the charter certificates it issues, revocations."""
        from sseassess.ui.dialogs.issuer_dialog import IssuerDialog

        if self._workspace is None:
            return
        self._flush()
        IssuerDialog(self._workspace, self._language, self._runner, self._settings, self).exec()

    def edit_organization(self, uuid: str | None) -> None:
        from sseassess.ui.dialogs.profile_dialog import ProfileDialog

        if self._workspace is None:
            return
        dialog = ProfileDialog(self._workspace, self._language, uuid, self)
        if dialog.exec():
            self.home.refresh(select=dialog.created_uuid or uuid)

    def _create_demo(self) -> None:
        from sseassess.app.demo import create_demo

        if self._workspace is not None:
            self.home.refresh(select=create_demo(self._workspace))

    # -- backups

    def back_up(self) -> None:
        """File › Back up…: a checked copy of the database where the user chooses."""
        from datetime import date

        from PySide6.QtWidgets import QFileDialog

        if self._workspace is None:
            return
        self._flush()
        title = self.tr("Back up")
        suggested = BACKUP_FOLDER.folder(self._settings) / f"sseassess-{date.today()}.db"
        name, _filter = QFileDialog.getSaveFileName(
            self, title, str(suggested), self.tr("sseassess database (*.db)")
        )
        if not name:
            return
        target = Path(name)
        BACKUP_FOLDER.set_folder(self._settings, target.parent)
        workspace = self._workspace
        self._run_file_job(title, lambda _progress, _cancelled: [workspace.backup_to(target)])

    def restore(self, source: Path | None = None) -> bool:
        """File › Restore…: replace the database by a backup the user chooses (checked
        first; a copy of the database it replaces is kept); whether it was restored."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        if self._workspace is None:
            return False
        if source is None:
            folder = self._workspace.backups()
            name, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Restore a backup"),
                str(folder) if folder is not None else "",
                self.tr("sseassess database (*.db);;All files (*)"),
            )
            if not name:
                return False
            source = Path(name)
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            arg(
                self.tr(
                    "Replace the database by the backup %1?\n\nWhat was changed since that "
                    "backup will be gone from the application; a copy of the database as it "
                    "is now is kept beside the backups."
                ),
                str(source),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._restore(source)

    @property
    def has_workspace(self) -> bool:
        return self._workspace is not None

    def offer_restore(self) -> None:
        """The database file is damaged: offer to restore the latest good backup."""
        from PySide6.QtWidgets import QMessageBox

        if self._workspace is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("The database file is damaged"),
            arg(
                self.tr(
                    "The database file is damaged: %1\n\nRestore the latest good backup? "
                    "A copy of the damaged file is kept."
                ),
                self._workspace.location,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._restore(None)

    def _restore(self, source: Path | None) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from sseassess.domain.text import TranslatableError
        from sseassess.i18n import translation

        assert self._workspace is not None
        try:
            restored, kept = self._workspace.restore_backup(source)
        except TranslatableError as error:
            QMessageBox.warning(
                self,
                self.tr("Not restored"),
                error.message(translation(self._language).gettext),
            )
            return False
        text = arg(self.tr("The backup %1 was restored."), str(restored))
        if kept is not None:
            text += "\n" + arg(self.tr("The database it replaced was kept as %1."), str(kept))
        QMessageBox.information(self, self.tr("Restored"), text)
        wizard = self._pages.get("assessment")
        if wizard is not None:
            cast("AssessmentPage", wizard).forget()
        self.show_home()
        return True

    def _about(self) -> None:
        """Version, and where the data is, with a button to open that folder: what a user
        needs to keep a copy of their data or to move to another computer."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        from sseassess.app.about import about

        info = about(self._database_url)
        box = QMessageBox(self)
        box.setObjectName("about")
        box.setWindowTitle(self.tr("About sseassess"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            arg(
                self.tr(
                    "sseassess %1\n\nSelf-assessment of Social and Solidarity Economy "
                    "organizations against the charter of the International Coalition of Social "
                    "and Solidarity Economy (ICSSE). Your data stays on this computer."
                ),
                info.version,
            )
        )
        box.setInformativeText(
            arg(
                self.tr("Data folder: %1\nDatabase: %2"),
                str(info.data_folder),
                info.database,
            )
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = box.addButton(self.tr("&Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_folder.setObjectName("open_folder")
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_folder:
            folder = info.folder_to_open
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- Qt events

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if not self._menus_built:
            self._build_menus()
        self.first_painted.emit()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self._flush()
        if not self._may_quit_with_unsaved():
            event.ignore()
            return
        WINDOW_GEOMETRY.set(self._settings, self.saveGeometry())
        super().closeEvent(event)

    def _may_quit_with_unsaved(self) -> bool:
        """Answers that could not be saved are never dropped silently: ask."""
        from PySide6.QtWidgets import QMessageBox

        wizard = cast("AssessmentPage | None", self._pages.get("assessment"))
        while wizard is not None and wizard.unsaved_count:
            choice = QMessageBox.warning(
                self,
                self.tr("Answers not saved"),
                self.tr(
                    "%n answer(s) could not be saved: the database is in use by another "
                    "program or cannot be written. They are still on screen.\n\nTry "
                    "again, or quit and lose them?",
                    "",
                    wizard.unsaved_count,
                ),
                QMessageBox.StandardButton.Retry
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Retry,
            )
            if choice == QMessageBox.StandardButton.Discard:
                return True
            if choice != QMessageBox.StandardButton.Retry:
                return False
            wizard.retry_unsaved()
        return True
