"""The home page: organizations and their assessments, and what to do next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sseassess.ui.fonts import heading
from sseassess.ui.models.history_tree_model import HistoryTreeModel
from sseassess.ui.names import assessment_kind_name, assessment_status_name
from sseassess.ui.settings import HOME_SELECTION
from sseassess.ui.text import arg

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace
    from sseassess.domain.records import AssessmentRecord, OrganizationRecord


class HomePage(QWidget):
    """Lists organizations and assessments; emits what the user wants to open."""

    assessment_opened = Signal(str)
    results_requested = Signal(str)
    comparison_requested = Signal(str, str)
    workshop_requested = Signal(str)
    organization_edit_requested = Signal(str)
    organization_create_requested = Signal()
    demo_requested = Signal()
    organizations_loaded = Signal()

    def __init__(
        self,
        workspace: Workspace | None,
        language: str,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        """``workspace`` may come later (:meth:`set_workspace`): until then the page lists
        what :meth:`show_listing` gave it and its buttons are disabled."""
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self._settings = settings
        self._model = HistoryTreeModel(language, None, self, deferred=True)

        self._stack = QStackedWidget(self)
        self._stack.setObjectName("home_stack")
        self._stack.addWidget(self._build_welcome())
        self._stack.addWidget(self._build_list())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        if workspace is not None:
            self.set_workspace(workspace)
        else:
            self._update_buttons()

    def set_workspace(self, workspace: Workspace) -> None:
        """The database is open: enable what needs it and score the rows shown."""
        self._workspace = workspace
        self._model.set_scorer(lambda uuid: workspace.result(uuid)[2])
        self._update_buttons()

    @property
    def _open_workspace(self) -> Workspace:
        """The workspace, for actions that are only enabled once it is there."""
        assert self._workspace is not None
        return self._workspace

    # -- building

    def _build_welcome(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("welcome")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = heading(self.tr("Welcome to sseassess"), 1.8, page)
        text = QLabel(
            self.tr(
                "Assess your organization against the charter of the International Coalition "
                "of Social and Solidarity Economy, keep your assessments over the years and "
                "see your progress. Everything stays on this computer."
            ),
            page,
        )
        text.setWordWrap(True)
        text.setMaximumWidth(640)
        create = QPushButton(self.tr("Create my organization"), page)
        create.setObjectName("create_organization")
        create.setDefault(True)
        create.clicked.connect(self.organization_create_requested)
        demo = self._create_demo = QPushButton(self.tr("Explore the demo organization"), page)
        demo.setObjectName("explore_demo")
        demo.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(create)
        buttons.addWidget(demo)
        buttons.addStretch(1)
        for widget in (title, text):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
        layout.setContentsMargins(48, 24, 48, 24)
        self._create_first = create
        return page

    def _build_list(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("listing")
        list_title = heading(self.tr("Organizations and their assessments"), 1.3, page)

        self._tree = QTreeView(page)
        self._tree.setModel(self._model)
        self._tree.setObjectName("organizations")
        self._tree.setAccessibleName(self.tr("Organizations and their assessments"))
        self._tree.setUniformRowHeights(True)
        self._tree.setAlternatingRowColors(True)
        self._tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self._tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(HistoryTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to contents would score every assessment of the database.
        metrics = self._tree.fontMetrics()
        samples = {
            HistoryTreeModel.KIND: assessment_kind_name("self"),
            HistoryTreeModel.STATUS: assessment_status_name("in_progress"),
            HistoryTreeModel.SCORE: "100.0",
            HistoryTreeModel.BAND: self.tr("Established"),
        }
        for column, sample in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            title = str(self._model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.resizeSection(column, width + 4 * metrics.averageCharWidth())
        self._tree.doubleClicked.connect(self._activated)
        self._tree.activated.connect(self._activated)
        list_title.setBuddy(self._tree)

        self._new_organization = self._button(
            self.tr("New &organization"), "new_organization", page
        )
        self._edit = self._button(self.tr("&Edit profile"), "edit_profile", page)
        self._new = self._button(self.tr("&New assessment"), "new_assessment", page)
        self._duplicate = self._button(self.tr("New from &last answers"), "new_from_last", page)
        self._continue = self._button(self.tr("&Continue"), "continue", page)
        self._results = self._button(self.tr("&Results"), "results", page)
        self._workshop = self._button(self.tr("&Workshop view"), "workshop_view", page)
        self._workshop.setToolTip(
            self.tr("Where participants agree and diverge, and the group's consensus")
        )
        self._new_workshop = self._button(self.tr("New wor&kshop"), "new_workshop", page)
        self._new_workshop.setToolTip(
            self.tr("Start a workshop: several participants score, the group agrees")
        )
        self._compare = self._button(self.tr("Co&mpare"), "compare", page)
        self._delete = self._button(self.tr("&Delete"), "delete", page)
        self._new.setToolTip(self.tr("Start a new, empty assessment of this organization"))
        self._duplicate.setToolTip(
            self.tr("Start a new assessment with the answers of the last one, to review them")
        )
        self._compare.setToolTip(
            self.tr(
                "Compare two assessments of one organization (select two, or the "
                "organization to compare its last two)"
            )
        )
        self._delete.setShortcut(QKeySequence.StandardKey.Delete)
        self._new_organization.clicked.connect(self.organization_create_requested)
        self._edit.clicked.connect(self._edit_selected)
        self._new.clicked.connect(lambda: self._start_assessment(copy=False))
        self._new_workshop.clicked.connect(self._start_workshop)
        self._workshop.clicked.connect(self._workshop_selected)
        self._duplicate.clicked.connect(lambda: self._start_assessment(copy=True))
        self._continue.clicked.connect(self._continue_selected)
        self._results.clicked.connect(self._results_selected)
        self._compare.clicked.connect(self._compare_selected)
        self._delete.clicked.connect(self._delete_selected)

        actions = QVBoxLayout()
        for button in (self._continue, self._results, self._workshop, self._compare):
            actions.addWidget(button)
        actions.addSpacing(16)
        for button in (
            self._new,
            self._duplicate,
            self._new_workshop,
            self._edit,
            self._new_organization,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self._delete)

        body = QHBoxLayout()
        body.addWidget(self._tree, 1)
        body.addLayout(actions)
        layout = QVBoxLayout(page)
        layout.addWidget(list_title)
        layout.addLayout(body)
        selection = self._tree.selectionModel()
        selection.selectionChanged.connect(self._update_buttons)
        return page

    def _button(self, text: str, name: str, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        return button

    # -- data

    def refresh(self, select: str | None = None) -> None:
        """Reload from the database, keeping (or moving) the selection."""
        workspace = self._open_workspace
        self.show_listing(workspace.organizations(), workspace.assessments(), select)

    def show_listing(
        self,
        organizations: list[OrganizationRecord],
        assessments: list[AssessmentRecord],
        select: str | None = None,
    ) -> None:
        """List these (organizations in display order, assessments newest first)."""
        current = select or self.selected_uuid() or HOME_SELECTION.get(self._settings)
        self._model.reload(organizations, assessments)
        self._stack.setCurrentIndex(1 if organizations else 0)
        if organizations:
            index = self._model.index_of(str(current)) if current else QModelIndex()
            if not index.isValid():
                index = self._model.index(0, 0)
            self.select(index)
        self._update_buttons()
        self.organizations_loaded.emit()

    def select(self, index: QModelIndex) -> None:
        if index.parent().isValid():
            self._tree.expand(index.parent())
        else:
            self._tree.expand(index)
        self._tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._tree.scrollTo(index)

    def forget_score(self, assessment_uuid: str) -> None:
        self._model.forget_score(assessment_uuid)

    @property
    def model(self) -> HistoryTreeModel:
        return self._model

    def selected_uuid(self) -> str | None:
        if not hasattr(self, "_tree"):
            return None
        index = self._tree.currentIndex()
        assessment = self._model.assessment_at(index)
        if assessment is not None:
            return assessment.uuid
        organization = self._model.organization_at(index)
        return organization.uuid if organization else None

    def _selected_organization(self) -> OrganizationRecord | None:
        return self._model.organization_at(self._tree.currentIndex())

    def _selected_assessment(self) -> AssessmentRecord | None:
        """The selected assessment, or the latest of the selected organization."""
        index = self._tree.currentIndex()
        assessment = self._model.assessment_at(index)
        if assessment is not None:
            return assessment
        organization = self._model.organization_at(index)
        if organization is None:
            return None
        assessments = self._model.assessments_of(organization.uuid)
        return assessments[0] if assessments else None

    def _selected_pair(self) -> tuple[str, str] | None:
        rows = self._tree.selectionModel().selectedRows()
        chosen = [a for a in (self._model.assessment_at(i) for i in rows) if a is not None]
        if len(chosen) == 2 and chosen[0].organization_uuid == chosen[1].organization_uuid:
            return chosen[0].uuid, chosen[1].uuid
        organization = self._selected_organization()
        if organization is not None and len(chosen) <= 1:
            assessments = self._model.assessments_of(organization.uuid)
            if len(assessments) >= 2:
                return assessments[1].uuid, assessments[0].uuid
        return None

    def _update_buttons(self) -> None:
        """Enable what applies to the selection, once the database is open."""
        ready = self._workspace is not None
        for button in (self._create_first, self._create_demo, self._new_organization):
            button.setEnabled(ready)
        organization = self._selected_organization()
        assessment = self._selected_assessment() if organization else None
        has_previous = bool(organization and self._model.assessments_of(organization.uuid))
        for button in (self._edit, self._new, self._new_workshop, self._delete):
            button.setEnabled(ready and organization is not None)
        self._workshop.setEnabled(
            ready and assessment is not None and assessment.kind == "workshop"
        )
        self._duplicate.setEnabled(ready and has_previous)
        self._continue.setEnabled(ready and assessment is not None)
        self._results.setEnabled(ready and assessment is not None)
        self._compare.setEnabled(ready and self._selected_pair() is not None)
        if assessment is not None and assessment.status == "finished":
            self._continue.setText(self.tr("&View answers"))
        else:
            self._continue.setText(self.tr("&Continue"))
        uuid = self.selected_uuid()
        if uuid:
            HOME_SELECTION.set(self._settings, uuid)

    # -- actions

    def _activated(self, index: QModelIndex) -> None:
        assessment = self._model.assessment_at(index)
        if assessment is not None and self._workspace is not None:
            self.assessment_opened.emit(assessment.uuid)

    def _edit_selected(self) -> None:
        organization = self._selected_organization()
        if organization is not None:
            self.organization_edit_requested.emit(organization.uuid)

    def _continue_selected(self) -> None:
        assessment = self._selected_assessment()
        if assessment is not None:
            self.assessment_opened.emit(assessment.uuid)

    def _results_selected(self) -> None:
        assessment = self._selected_assessment()
        if assessment is not None:
            self.results_requested.emit(assessment.uuid)

    def _compare_selected(self) -> None:
        pair = self._selected_pair()
        if pair is not None:
            self.comparison_requested.emit(*pair)

    def _workshop_selected(self) -> None:
        assessment = self._selected_assessment()
        if assessment is not None and assessment.kind == "workshop":
            self.workshop_requested.emit(assessment.uuid)

    def _start_workshop(self) -> None:
        organization = self._selected_organization()
        if organization is None:
            return
        uuid = self._open_workspace.start_assessment(organization.uuid, "workshop")
        self.refresh(select=uuid)
        self.workshop_requested.emit(uuid)

    def _start_assessment(self, copy: bool) -> None:
        organization = self._selected_organization()
        if organization is None:
            return
        previous = self._model.assessments_of(organization.uuid)
        uuid = self._open_workspace.start_assessment(
            organization.uuid, copy_from=previous[0].uuid if copy and previous else None
        )
        self.refresh(select=uuid)
        self.assessment_opened.emit(uuid)

    def _delete_selected(self) -> None:
        index = self._tree.currentIndex()
        assessment = self._model.assessment_at(index)
        organization = self._model.organization_at(index)
        if organization is None:
            return
        if assessment is not None:
            question = arg(
                self.tr(
                    "Delete the assessment of %1 dated %2, with all its answers, notes, evidence "
                    "and action plan? This cannot be undone."
                ),
                organization.profile.name,
                str(self._model.data(index)),
            )
        else:
            question = arg(
                self.tr("Delete %1 and all its assessments? This cannot be undone."),
                organization.profile.name,
            )
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if assessment is not None:
            self._open_workspace.delete_assessment(assessment.uuid)
            self.refresh(select=organization.uuid)
        else:
            self._open_workspace.delete_organization(organization.uuid)
            HOME_SELECTION.remove(self._settings)
            self.refresh()
