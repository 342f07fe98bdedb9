"""The home page's tree model, without any widget: organizations, assessments, lazy scores."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from sseassess.app.demo import create_demo
from sseassess.app.workspace import Workspace
from sseassess.domain.records import OrganizationProfile
from sseassess.ui.models.history_tree_model import ASSESSMENT, KIND_ROLE, ORGANIZATION, UUID_ROLE
from sseassess.ui.models.history_tree_model import HistoryTreeModel as Model


def _model(workspace: Workspace, calls: list[str] | None = None) -> Model:
    def scorer(uuid: str):  # type: ignore[no-untyped-def]
        if calls is not None:
            calls.append(uuid)
        return workspace.result(uuid)[2]

    model = Model("en", scorer)
    model.reload(workspace.organizations(), workspace.assessments())
    return model


def test_organizations_with_their_assessments_newest_first(workspace: Workspace) -> None:
    demo = create_demo(workspace)
    organization = workspace.assessment(demo).organization_uuid
    newer = workspace.start_assessment(organization, assessed_on=date(2027, 1, 5))
    workspace.add_organization(OrganizationProfile(name="Association Alpha"))
    model = _model(workspace)
    assert model.rowCount() == 2
    alpha, coop = model.index(0, 0), model.index(1, 0)
    assert alpha.data() == "Association Alpha"
    assert model.rowCount(alpha) == 0
    assert coop.data() == "Coopérative des Tisserands de Thiès"
    assert coop.data(KIND_ROLE) == ORGANIZATION
    assert model.index(1, Model.KIND).data() == "2 assessment(s)"
    first_child = model.index(0, 0, coop)
    assert first_child.data(UUID_ROLE) == newer
    assert first_child.data(KIND_ROLE) == ASSESSMENT
    assert first_child.data() == "Jan 5, 2027"
    assert model.index(1, Model.SCORE, coop).data() == "55.9"
    assert model.index(1, Model.BAND, coop).data() == "Developing"
    assert model.index(0, Model.STATUS, coop).data() == "In progress"
    assert model.parent(first_child) == coop
    assert model.parent(coop) == QModelIndex()


def test_scores_are_computed_only_when_asked_and_cached(workspace: Workspace) -> None:
    create_demo(workspace)
    calls: list[str] = []
    model = _model(workspace, calls)
    assert calls == []
    coop = model.index(0, 0)
    model.index(0, Model.SCORE, coop).data()
    model.index(0, Model.BAND, coop).data()
    assert len(calls) == 1


def test_forget_score_recomputes_after_an_answer_changes(workspace: Workspace) -> None:
    from sseassess.domain.answers import Answer

    demo = create_demo(workspace)
    model = _model(workspace)
    coop = model.index(0, 0)
    before = model.index(0, Model.SCORE, coop).data()
    workspace.save_answer(demo, Answer("surplus-reinvestment.allocation-rule", 4))
    assert model.index(0, Model.SCORE, coop).data() == before
    model.forget_score(demo)
    assert model.index(0, Model.SCORE, coop).data() != before


def test_index_of_finds_organizations_and_assessments(workspace: Workspace) -> None:
    demo = create_demo(workspace)
    model = _model(workspace)
    assert model.index_of(demo).data(UUID_ROLE) == demo
    assert not model.index_of("nope").isValid()
    assert model.headerData(Model.SCORE, Qt.Orientation.Horizontal) == "Score"


def test_rows_wait_for_a_scorer_then_score(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    """Listed before the database is open: "…" in the score columns, scores once it is."""
    demo = create_demo(workspace)
    model = Model("en", None, deferred=True)
    model.reload(workspace.organizations(), workspace.assessments())
    coop = model.index(0, 0)
    score = model.index(0, Model.SCORE, coop)
    assert score.data() == "…"
    assert model.index(0, Model.SCORE).data() == "…"  # the organization's latest
    qtbot.wait(20)
    assert score.data() == "…"  # nothing to score with yet
    with qtbot.waitSignal(model.dataChanged):
        model.set_scorer(lambda uuid: workspace.result(uuid)[2])
    assert model.index(0, Model.SCORE, coop).data() == "55.9"
    assert model.index(0, Model.BAND).data() == "Developing"
    assert model.index(0, 0, coop).data(UUID_ROLE) == demo
