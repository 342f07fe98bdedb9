"""Use-cases behind the assessment pages: evidence, action plan, finish, duplicate, compare."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sseassess.app.demo import create_demo
from sseassess.app.workspace import MAX_EVIDENCE_BYTES, Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import ActionItem, OrganizationProfile
from sseassess.domain.text import InputError

pytestmark = pytest.mark.both_backends

INDICATOR = "democratic-control.one-member-one-vote"


def _assessment(workspace: Workspace) -> str:
    organization = workspace.add_organization(OrganizationProfile(name="Coop"))
    return workspace.start_assessment(organization)


def test_evidence_is_kept_listed_and_removable(workspace: Workspace, tmp_path: Path) -> None:
    """A file added as evidence is stored with its size and checksum and can be read back."""
    assessment = _assessment(workspace)
    minutes = tmp_path / "minutes 2025.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes of the general assembly")
    record = workspace.add_evidence(assessment, INDICATOR, minutes)
    assert (record.file_name, record.media_type, record.size) == (
        "minutes 2025.pdf",
        "application/pdf",
        minutes.stat().st_size,
    )
    listed = workspace.evidence(assessment)
    assert [e.file_name for e in listed[INDICATOR]] == ["minutes 2025.pdf"]
    assert workspace.evidence_data(record.uuid) == minutes.read_bytes()
    workspace.remove_evidence(assessment, record.uuid)
    assert workspace.evidence(assessment) == {}


def test_oversized_evidence_is_refused_with_a_message(workspace: Workspace, tmp_path: Path) -> None:
    assessment = _assessment(workspace)
    big = tmp_path / "video.mp4"
    with big.open("wb") as handle:
        handle.truncate(MAX_EVIDENCE_BYTES + 1)
    with pytest.raises(InputError, match="too large"):
        workspace.add_evidence(assessment, INDICATOR, big)
    assert workspace.evidence(assessment) == {}


def test_finished_assessment_is_read_only_until_reopened(workspace: Workspace) -> None:
    assessment = _assessment(workspace)
    workspace.save_answer(assessment, Answer(INDICATOR, 2))
    workspace.finish(assessment)
    with pytest.raises(InputError, match="finished"):
        workspace.save_answer(assessment, Answer(INDICATOR, 3))
    assert workspace.answers(assessment)[INDICATOR].level == 2
    workspace.reopen(assessment)
    workspace.save_answer(assessment, Answer(INDICATOR, 3))
    assert workspace.answers(assessment)[INDICATOR].level == 3


def test_action_plan_round_trip(workspace: Workspace) -> None:
    assessment = _assessment(workspace)
    uuid = workspace.save_action(
        assessment,
        ActionItem("Write a surplus rule", "Treasurer", date(2027, 3, 31), indicator_id=INDICATOR),
    )
    workspace.save_action(
        assessment,
        ActionItem("Write a surplus rule", "Board", date(2027, 3, 31), "in_progress", uuid=uuid),
    )
    [action] = workspace.actions(assessment)
    assert (action.owner, action.status, action.due_date) == (
        "Board",
        "in_progress",
        date(2027, 3, 31),
    )
    with pytest.raises(InputError, match="Describe"):
        workspace.save_action(assessment, ActionItem("  "))
    workspace.remove_action(uuid)
    assert workspace.actions(assessment) == []


def test_suggested_actions_target_missing_essentials_first(workspace: Workspace) -> None:
    assessment = create_demo(workspace)
    suggestions = workspace.suggested_actions(assessment, "en")
    assert suggestions[0].indicator_id == "surplus-reinvestment.allocation-rule"
    workspace.save_action(assessment, suggestions[0])
    again = workspace.suggested_actions(assessment, "en")
    assert suggestions[0].description not in [s.description for s in again]


def test_new_assessment_can_start_from_the_last_answers(workspace: Workspace) -> None:
    """A year later, the answers, notes and evidence of last time are there to review."""
    first = create_demo(workspace)
    organization = workspace.assessment(first).organization_uuid
    second = workspace.start_assessment(organization, copy_from=first)
    assert workspace.answers(second) == workspace.answers(first)


def test_compare_puts_the_earlier_assessment_first(workspace: Workspace) -> None:
    organization = workspace.add_organization(OrganizationProfile(name="Progress"))
    later = workspace.start_assessment(organization, assessed_on=date(2026, 5, 1))
    earlier = workspace.start_assessment(organization, assessed_on=date(2025, 5, 1))
    workspace.save_answer(earlier, Answer(INDICATOR, 1))
    workspace.save_answer(later, Answer(INDICATOR, 3))
    before, after, _framework, comparison = workspace.compare(later, earlier)
    assert (before.uuid, after.uuid) == (earlier, later)
    [improved] = comparison.improved
    assert (improved.indicator.id, improved.before, improved.after, improved.delta) == (
        INDICATOR,
        1,
        3,
        2,
    )
    democratic = next(
        d for d in comparison.characteristics if d.characteristic.id == "democratic-control"
    )
    assert democratic.delta == pytest.approx(50.0)
    assert comparison.declined == ()


def test_compare_refuses_two_organizations(workspace: Workspace) -> None:
    first = _assessment(workspace)
    other = workspace.start_assessment(workspace.add_organization(OrganizationProfile(name="B")))
    with pytest.raises(InputError, match="same organization"):
        workspace.compare(first, other)


def test_paper_answers_keep_what_a_row_leaves_empty(workspace: Workspace) -> None:
    """A row with only a level keeps the note; a row with only a note keeps the level."""
    assessment = _assessment(workspace)
    workspace.save_answer(assessment, Answer(INDICATOR, 3, note="Long note", for_discussion=True))
    workspace.save_answers(assessment, [Answer(INDICATOR, 1)])
    stored = workspace.answers(assessment)[INDICATOR]
    assert (stored.level, stored.note, stored.for_discussion) == (1, "Long note", True)
    workspace.save_answers(assessment, [Answer(INDICATOR, None, note="Remark")])
    assert workspace.answers(assessment)[INDICATOR].level == 1


def test_paper_answers_cannot_change_a_finished_assessment(workspace: Workspace) -> None:
    assessment = _assessment(workspace)
    workspace.save_answer(assessment, Answer(INDICATOR, 3))
    workspace.finish(assessment)
    with pytest.raises(InputError, match="finished"):
        workspace.save_answers(assessment, [Answer(INDICATOR, 1)])
    assert workspace.answers(assessment)[INDICATOR].level == 3


def test_two_workspaces_on_one_file_never_mix_assessments(database_url: str) -> None:
    """One workspace deletes an assessment and SQLite gives its row id to a new one: the
    other workspace, which had read the first, must not read the new one's answers under
    the old id."""
    from sseassess.storage.errors import NotFoundError

    with Workspace.open(database_url) as first, Workspace.open(database_url) as second:
        organization = first.add_organization(OrganizationProfile(name="Coop"))
        old = first.start_assessment(organization)
        first.save_answer(old, Answer(INDICATOR, 1))
        assert second.answers(old)[INDICATOR].level == 1
        first.delete_assessment(old)
        new = first.start_assessment(organization)
        first.save_answer(new, Answer(INDICATOR, 4))
        with pytest.raises(NotFoundError):
            second.answers(old)
        with pytest.raises(NotFoundError):
            second.save_answer(old, Answer(INDICATOR, 0))
        assert first.answers(new)[INDICATOR].level == 4
