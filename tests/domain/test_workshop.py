"""Workshops: participants answer apart, spreads per indicator, consensus, results by role."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

from sseassess.app.workspace import Workspace
from sseassess.cli import main
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile
from sseassess.domain.text import InputError
from sseassess.domain.workshop import DEFAULT_ANONYMITY_MINIMUM as MIN_ROLE_GROUP
from sseassess.domain.workshop import outside_share

VOTE = "democratic-control.one-member-one-vote"
ASSEMBLY = "democratic-control.general-assembly"


def _workshop(workspace: Workspace) -> str:
    organization = workspace.add_organization(OrganizationProfile(name="Workshop Coop"))
    return workspace.start_assessment(organization, "workshop")


def test_participants_answers_are_kept_apart_from_the_consensus(workspace: Workspace) -> None:
    uuid = _workshop(workspace)
    ana = workspace.add_participant(uuid, "Ana", "worker")
    ben = workspace.add_participant(uuid, "Ben", "board")
    workspace.save_participant_answers(uuid, ana.uuid, [Answer(VOTE, 4), Answer(ASSEMBLY, 1)])
    workspace.save_participant_answers(uuid, ben.uuid, [Answer(VOTE, 1), Answer(ASSEMBLY, 2)])
    assert workspace.answers(uuid) == {}
    workspace.set_consensus(uuid, VOTE, 3)
    view = workspace.workshop(uuid)
    assert [p.display_name for p in view.participants] == ["Ana", "Ben"]
    first = view.spreads[0]
    assert first.indicator.id == VOTE  # divergent (4 vs 1) comes first
    assert (first.counts, first.median, first.spread, first.divergent) == (
        (0, 1, 0, 0, 1),
        2.5,
        3,
        True,
    )
    assert first.consensus is not None and first.consensus.level == 3
    second = next(s for s in view.spreads if s.indicator.id == ASSEMBLY)
    assert not second.divergent
    # Scores use the consensus only.
    _record, _framework, result = workspace.result(uuid)
    democratic = next(
        c for c in result.characteristics if c.characteristic.id == "democratic-control"
    )
    assert democratic.answered == 1


def test_a_participant_who_sends_again_replaces_earlier_answers(workspace: Workspace) -> None:
    uuid = _workshop(workspace)
    ana = workspace.add_participant(uuid, "Ana")
    workspace.save_participant_answers(uuid, ana.uuid, [Answer(VOTE, 4), Answer(ASSEMBLY, 1)])
    workspace.save_participant_answers(uuid, ana.uuid, [Answer(VOTE, 2)])
    assert workspace.participant_answers(uuid) == {ana.uuid: {VOTE: Answer(VOTE, 2)}}


def test_roles_under_three_participants_are_hidden(workspace: Workspace) -> None:
    uuid = _workshop(workspace)
    for n in range(MIN_ROLE_GROUP):
        worker = workspace.add_participant(uuid, f"Worker {n}", "worker")
        workspace.save_participant_answers(uuid, worker.uuid, [Answer(VOTE, 2 + n % 2)])
    board = workspace.add_participant(uuid, "Chair", "board")
    workspace.save_participant_answers(uuid, board.uuid, [Answer(VOTE, 0)])
    by_role = workspace.workshop(uuid).by_role
    assert by_role["board"] is None
    workers = by_role["worker"]
    assert workers is not None and workers.overall is not None


def test_bad_participants_are_refused(workspace: Workspace) -> None:
    uuid = _workshop(workspace)
    with pytest.raises(InputError, match="needs a name"):
        workspace.add_participant(uuid, "   ")
    with pytest.raises(InputError, match="Unknown role"):
        workspace.add_participant(uuid, "Ana", "boss")
    organization = workspace.assessment(uuid).organization_uuid
    alone = workspace.start_assessment(organization)
    with pytest.raises(InputError, match="workshop"):
        workspace.add_participant(alone, "Ana")


def test_cli_workshop_with_participants_from_paper(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``assessment new --workshop`` and ``answers import --participant`` / ``--consensus``."""
    assert main(["organization", "add", "Paper Coop"]) == 0
    capsys.readouterr()
    assert main(["assessment", "new", "Paper Coop", "--workshop"]) == 0
    uuid = capsys.readouterr().out.strip()
    form = tmp_path / "ana.csv"
    form.write_text(f"indicator,level,reason,note\n{VOTE},4,,\n", encoding="utf-8")
    assert (
        main(["answers", "import", uuid, str(form), "--participant", "Ana", "--role", "worker"])
        == 0
    )
    form.write_text(f"indicator,level,reason,note\n{VOTE},1,,\n", encoding="utf-8")
    # Ana's answer already here changes: shown, applied only when accepted.
    assert main(["answers", "import", uuid, str(form), "--participant", "Ana"]) == 2
    assert "4 → 1" in capsys.readouterr().err
    accept = "--accept-changes"
    assert main(["answers", "import", uuid, str(form), "--participant", "Ana", accept]) == 0
    form.write_text(f"indicator,level,reason,note\n{VOTE},3,,\n", encoding="utf-8")
    assert main(["answers", "import", uuid, str(form), "--consensus"]) == 0
    capsys.readouterr()
    with Workspace.open() as workspace:
        [ana] = workspace.participants(uuid)
        assert (ana.display_name, ana.role) == ("Ana", "worker")
        assert workspace.participant_answers(uuid)[ana.uuid][VOTE].level == 1
    assert main(["score", uuid, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    democratic = next(c for c in result["characteristics"] if c["id"] == "democratic-control")
    assert democratic["answered"] == 1


def test_participants_without_answers_count_as_not_answered(workspace: Workspace) -> None:
    uuid = _workshop(workspace)
    ana = workspace.add_participant(uuid, "Ana")
    workspace.add_participant(uuid, "Ben")
    workspace.save_participant_answers(uuid, ana.uuid, [Answer(VOTE, 3)])
    spread = next(s for s in workspace.workshop(uuid).spreads if s.indicator.id == VOTE)
    assert (spread.answered, spread.unanswered) == (1, 1)


def test_a_role_counts_only_participants_who_answered(workspace: Workspace) -> None:
    """Three board members of whom one answered would show that one person's score."""
    uuid = _workshop(workspace)
    board = [workspace.add_participant(uuid, name, "board") for name in ("Ann", "Bo", "Cy")]
    workspace.save_participant_answers(uuid, board[0].uuid, [Answer(VOTE, 1)])
    assert workspace.workshop(uuid).by_role["board"] is None


def test_divergence_is_a_third_outside_the_main_group() -> None:
    """Seven of ten agreeing is agreement; a group split in two camps is divergence."""
    seven_agree = (1, 0, 0, 7, 2)  # one at 0, seven at 3, two at 4
    assert outside_share(seven_agree) == Fraction(1, 10)
    three_far = (2, 1, 0, 7, 0)  # the facilitator's "7 of 10 agreed" with 3 far below
    assert outside_share(three_far) < Fraction(1, 3)
    split = (0, 5, 0, 5, 0)  # half at 1, half at 3
    assert outside_share(split) == Fraction(1, 2)
    assert outside_share((0, 0, 0, 0, 0)) == 0


def test_the_old_flag_marked_most_of_a_real_workshop_divergent(workspace: Workspace) -> None:
    """Ten people, each answering mostly around a shared level with an occasional stray
    answer: "highest minus lowest >= 2" flagged nearly everything; the new measure flags
    only the indicators where the group really splits."""
    import random

    rng = random.Random(13)
    uuid = _workshop(workspace)
    framework = workspace.framework_of(workspace.assessment(uuid))
    indicators = list(framework.indicators())
    split = {indicator.id for indicator in indicators[:5]}
    people = [workspace.add_participant(uuid, f"P{n}") for n in range(10)]
    for number, person in enumerate(people):
        answers = []
        for indicator in indicators:
            if indicator.id in split:
                level = 1 if number % 2 else 3
            else:
                level = 3 if rng.random() < 0.85 else rng.choice((0, 1, 4))
            answers.append(Answer(indicator.id, level))
        workspace.save_participant_answers(uuid, person.uuid, answers)
    spreads = workspace.workshop(uuid).spreads
    old_flag = [s for s in spreads if (s.spread or 0) >= 2]
    assert len(old_flag) >= 20  # of 39
    assert {s.indicator.id for s in spreads if s.divergent} == split
