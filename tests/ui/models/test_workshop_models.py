"""The workshop view's models: order, filters, the agreed count, anonymous participants."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from sseassess.app.workspace import WorkshopView, Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile
from sseassess.ui.models.indicator_spread_model import (
    CONSENSUS_ROLE,
    COUNTS_ROLE,
    ID_ROLE,
    SHOW_ALL,
    SHOW_TO_DISCUSS,
    SHOW_WITHOUT_CONSENSUS,
    IndicatorSpreadModel,
)
from sseassess.ui.models.participant_list_model import ID_ROLE as PARTICIPANT_ID_ROLE
from sseassess.ui.models.participant_list_model import ParticipantListModel
from sseassess.ui.models.role_results_model import RoleResultsModel
from sseassess.ui.names import participant_labels
from sseassess.ui.palette import bad_colour, good_colour

VOTE = "democratic-control.one-member-one-vote"  # levels 4, 1, 2: three apart
ASSEMBLY = "democratic-control.general-assembly"  # levels 0, 2, 2: two apart
MISSION = "primacy-of-person.mission-in-statutes"  # levels 1, 0, 4: four apart
SINGLE_FUNDER = "autonomy.single-funder"  # levels 2, 3, 3: one apart (not divergent)
DIVERGENT_LEVELS = {MISSION: (1, 0, 4), VOTE: (4, 1, 2), ASSEMBLY: (0, 2, 2)}
OTHER_LEVELS = (2, 3, 3)


@dataclass
class Workshop:
    uuid: str
    view: WorkshopView


def _run_workshop(workspace: Workspace) -> Workshop:
    """Three participants (two workers, one board member) answer every indicator."""
    organization = workspace.add_organization(OrganizationProfile(name="Workshop Coop"))
    uuid = workspace.start_assessment(organization, "workshop")
    framework = workspace.framework_of(workspace.assessment(uuid))
    people = [("Ana", "worker"), ("Ben", "worker"), ("Chloé", "board")]
    for position, (name, role) in enumerate(people):
        participant = workspace.add_participant(uuid, name, role)
        answers = [
            Answer(indicator.id, DIVERGENT_LEVELS.get(indicator.id, OTHER_LEVELS)[position])
            for indicator in framework.indicators()
        ]
        workspace.save_participant_answers(uuid, participant.uuid, answers)
    return Workshop(uuid, workspace.workshop(uuid))


@pytest.fixture
def workshop(workspace: Workspace) -> Workshop:
    return _run_workshop(workspace)


def _model(workshop: Workshop) -> IndicatorSpreadModel:
    model = IndicatorSpreadModel("en")
    model.set_spreads(workshop.view.framework, workshop.view.spreads)
    return model


def _ids(model: IndicatorSpreadModel) -> list[str]:
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, workshop: Workshop) -> None:
    qtmodeltester.check(_model(workshop))
    participants = ParticipantListModel()
    participants.set_participants(workshop.view.participants, workshop.view.answers, 39)
    qtmodeltester.check(participants)
    roles = RoleResultsModel("en")
    roles.set_results(workshop.view.by_role, workshop.view.participants)
    qtmodeltester.check(roles)


def test_divergent_indicators_come_first_widest_first(qapp: object, workshop: Workshop) -> None:
    model = _model(workshop)
    assert model.rowCount() == model.total_count() == 39
    assert _ids(model)[:3] == [MISSION, VOTE, ASSEMBLY]
    assert model.divergent_count() == 3
    first = model.index(0, IndicatorSpreadModel.INDICATOR)
    assert first.data() == (
        "1.1  Is your social mission clearly written in your statutes or founding documents?"
    )
    assert first.data(COUNTS_ROLE) == (1, 1, 0, 0, 1)
    row = {column: model.index(1, column) for column in range(model.columnCount())}
    assert row[IndicatorSpreadModel.MEDIAN].data() == "2"
    assert row[IndicatorSpreadModel.SPREAD].data() == "3"
    assert row[IndicatorSpreadModel.SPREAD].data(Qt.ItemDataRole.ForegroundRole) == bad_colour()
    assert row[IndicatorSpreadModel.CONSENSUS].data() == "To discuss"
    assert row[IndicatorSpreadModel.ANSWERS].data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Level 0: 0; Level 1: 1; Level 2: 1; Level 3: 0; Level 4: 1. "
        "Not applicable: 0. Not answered: 0."
    )
    calm = model.index(3, IndicatorSpreadModel.CONSENSUS)
    assert calm.data() == "–"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Indicator", "Answers 0–4", "Median", "Spread", "Consensus"]


def test_a_median_between_two_levels_is_shown_with_its_half(
    qapp: object, workspace: Workspace
) -> None:
    organization = workspace.add_organization(OrganizationProfile(name="Two"))
    uuid = workspace.start_assessment(organization, "workshop")
    for name, level in (("Ana", 1), ("Ben", 2)):
        person = workspace.add_participant(uuid, name)
        workspace.save_participant_answers(uuid, person.uuid, [Answer(VOTE, level)])
    view = workspace.workshop(uuid)
    model = IndicatorSpreadModel("fr")
    model.set_spreads(view.framework, view.spreads)
    row = model.row_of(VOTE)
    assert model.index(row, IndicatorSpreadModel.MEDIAN).data() == "1,5"


def test_filters_to_discuss_without_consensus_and_by_characteristic(
    qapp: object, workshop: Workshop
) -> None:
    model = _model(workshop)
    model.set_filter(SHOW_TO_DISCUSS)
    assert _ids(model) == [MISSION, VOTE, ASSEMBLY]
    model.set_filter(SHOW_TO_DISCUSS, "democratic-control")
    assert _ids(model) == [VOTE, ASSEMBLY]
    model.set_filter(SHOW_ALL, "autonomy")
    assert all(i.startswith("autonomy.") for i in _ids(model))
    assert model.rowCount() == 4
    assert model.row_of(MISSION) == -1
    with pytest.raises(ValueError, match="unknown filter"):
        model.set_filter("sometimes")

    # Without consensus: an agreed indicator stays until the filter is chosen again.
    model.set_filter(SHOW_WITHOUT_CONSENSUS)
    assert model.rowCount() == 39
    model.set_consensus(VOTE, Answer(VOTE, 3))
    assert model.row_of(VOTE) >= 0
    assert model.index(model.row_of(VOTE), IndicatorSpreadModel.CONSENSUS).data() == "Level 3"
    model.set_filter(SHOW_WITHOUT_CONSENSUS)
    assert model.row_of(VOTE) == -1
    assert model.rowCount() == 38


def test_agreed_count_counts_levels_and_reasoned_not_applicable(
    qapp: object, workshop: Workshop
) -> None:
    model = _model(workshop)
    assert model.agreed_count() == 0
    model.set_consensus(VOTE, Answer(VOTE, 3))
    model.set_consensus(SINGLE_FUNDER, Answer(SINGLE_FUNDER, not_applicable=True, reason="none"))
    model.set_filter(SHOW_TO_DISCUSS)  # the count is over every indicator, whatever is shown
    assert model.agreed_count() == 2
    assert model.open_divergent_count() == 2
    vote = model.index(model.row_of(VOTE), IndicatorSpreadModel.CONSENSUS)
    assert vote.data(Qt.ItemDataRole.ForegroundRole) == good_colour()
    assert vote.data(CONSENSUS_ROLE) == 3
    model.set_consensus(VOTE, Answer(VOTE))  # cleared: an answer without a level
    assert model.agreed_count() == 1
    assert model.index(model.row_of(VOTE), IndicatorSpreadModel.CONSENSUS).data() == "To discuss"


def test_next_to_discuss_prefers_indicators_without_consensus(
    qapp: object, workshop: Workshop
) -> None:
    model = _model(workshop)
    assert model.next_to_discuss(-1) == 0
    assert model.next_to_discuss(0) == 1
    assert model.next_to_discuss(2) == 0  # wraps around
    model.set_consensus(VOTE, Answer(VOTE, 3))
    assert model.next_to_discuss(0) == 2  # VOTE (row 1) is agreed: skipped
    for indicator in (MISSION, ASSEMBLY):
        model.set_consensus(indicator, Answer(indicator, 2))
    assert model.next_to_discuss(0) == 1  # all agreed: the next divergent one
    model.set_filter(SHOW_ALL, "autonomy")
    assert model.next_to_discuss(0) == -1


def test_participants_are_anonymous_unless_names_are_shown(
    qapp: object, workshop: Workshop
) -> None:
    participants = workshop.view.participants
    model = ParticipantListModel()
    model.set_participants(participants, workshop.view.answers, 39)
    texts = [model.index(row, 0).data() for row in range(model.rowCount())]
    # Two workers and one board member: naming those roles would point at them.
    assert texts == ["Participant 1", "Participant 2", "Participant 3"]
    model.set_participants(participants, workshop.view.answers, 39, frozenset({"worker"}))
    texts = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert texts == ["Participant 1 — Worker", "Participant 2 — Worker", "Participant 3"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Answered 39 of 39 indicators"
    assert model.index(0, 0).data(PARTICIPANT_ID_ROLE) == participants[0].uuid
    changed: list[object] = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    model.set_show_names(True)
    assert changed
    texts = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert texts == ["Ana — Worker", "Ben — Worker", "Chloé"]
    assert model.labels()[participants[2].uuid] == "Chloé"
    assert participant_labels(participants, show_names=False)[participants[1].uuid] == (
        "Participant 2"
    )


def test_roles_under_three_participants_are_hidden(qapp: object, workspace: Workspace) -> None:
    workshop = _run_workshop(workspace)
    for name in ("Dan", "Eve"):
        person = workspace.add_participant(workshop.uuid, name, "board")
        workspace.save_participant_answers(workshop.uuid, person.uuid, [Answer(VOTE, 2)])
    view = workspace.workshop(workshop.uuid)
    model = RoleResultsModel("en")
    model.set_results(view.by_role, view.participants)
    rows = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    worker = view.by_role["worker"]
    assert worker is None
    board = view.by_role["board"]
    assert board is not None and board.overall is not None
    assert rows == [
        ["Worker", "2", "hidden (fewer than 3 participants)"],
        ["Board", "3", f"{board.overall:.1f}"],
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Role", "Participants", "Overall score"]


def test_two_participants_of_one_name_are_told_apart_by_their_ids(
    qapp: object, workspace: Workspace
) -> None:
    organization = workspace.add_organization(OrganizationProfile(name="Twins Coop"))
    uuid = workspace.start_assessment(organization, "workshop")
    first, second = (workspace.add_participant(uuid, "Maria") for _ in range(2))
    third = workspace.add_participant(uuid, "Jean")
    labels = participant_labels([first, second, third], show_names=True)
    assert labels == {
        first.uuid: f"Maria · {first.uuid[:8]}",
        second.uuid: f"Maria · {second.uuid[:8]}",
        third.uuid: "Jean",
    }
