"""Writers wait for each other and nothing is lost; nothing is written over a change made
elsewhere (the assessment's revision)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import event

from bench.contention import run as contend
from sseassess.app.maintenance import ChangedElsewhereError
from sseassess.app.workspace import Workspace
from sseassess.domain.answers import Answer
from sseassess.domain.records import OrganizationProfile
from sseassess.domain.text import InputError

pytestmark = pytest.mark.both_backends

VOTE = "democratic-control.one-member-one-vote"
ASSEMBLY = "democratic-control.general-assembly"


def _assessment(workspace: Workspace, kind: str = "self") -> str:
    organization = workspace.add_organization(OrganizationProfile(name="Coop"))
    return workspace.start_assessment(organization, kind)


def test_two_processes_saving_for_ten_seconds_beside_a_lock_holder_lose_nothing(
    database_url: str,
) -> None:
    """With another process holding the write lock half the time, two processes saving
    for 10 s lost 57% of their saves to "database in use"."""
    result = contend(database_url, seconds=10.0)
    assert result.errors == (), result
    assert (result.failures, result.lost) == (0, 0), result
    assert result.saves > 100, result
    assert result.lock_held > 3.0, result  # the holder held the lock about half the time


def test_evidence_added_on_a_worker_thread_does_not_make_saves_fail(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Inside one process, evidence added on a worker thread made 7 of 141 saves fail."""
    assessment = _assessment(workspace)
    evidence = tmp_path / "minutes.pdf"
    evidence.write_bytes(b"%PDF-1.4 " + b"x" * 2_000_000)
    stop = threading.Event()
    added: list[int] = []
    errors: list[BaseException] = []

    def add_evidence() -> None:
        try:
            while not stop.is_set():
                workspace.add_evidence(assessment, ASSEMBLY, evidence)
                added.append(1)
        except BaseException as error:
            errors.append(error)

    worker = threading.Thread(target=add_evidence)
    worker.start()
    failures = 0
    try:
        for number in range(141):
            try:
                workspace.save_answer(assessment, Answer(VOTE, number % 5, note=f"n{number}"))
            except Exception:
                failures += 1
    finally:
        stop.set()
        worker.join()
    assert failures == 0 and errors == []
    assert added  # the worker did write meanwhile
    assert workspace.answers(assessment)[VOTE].note == "n140"


def test_saving_one_answer_is_one_transaction(workspace: Workspace) -> None:
    """The revision goes up in the same transaction as the answer: one BEGIN, one COMMIT."""
    assessment = _assessment(workspace)
    workspace.save_answer(assessment, Answer(VOTE, 1))  # the framework is read once
    engine = workspace._database.engine
    begins: list[object] = []

    def began(connection: object) -> None:
        begins.append(connection)

    event.listen(engine, "begin", began)
    try:
        revision = workspace.save_answer(assessment, Answer(VOTE, 2))
    finally:
        event.remove(engine, "begin", began)
    assert len(begins) == 1
    assert workspace.revision(assessment) == revision


def test_a_save_over_a_stale_revision_is_refused_and_writes_nothing(
    workspace: Workspace, database_url: str
) -> None:
    """The GUI had the assessment open, "answers import" changed it, the user clicked a
    level: the database ended with the GUI's stale note."""
    assessment = _assessment(workspace)
    workspace.save_answer(assessment, Answer(VOTE, 1, note="typed in the window"))
    shown, answers = workspace.answers_at(assessment)
    with Workspace.open(database_url) as elsewhere:  # another program: answers import
        elsewhere.save_answers(assessment, [Answer(VOTE, None, note="imported from paper")])
    stale = answers[VOTE]
    with pytest.raises(ChangedElsewhereError):
        workspace.save_answer(assessment, Answer(VOTE, 3, note=stale.note), expected_revision=shown)
    assert workspace.answers(assessment)[VOTE] == Answer(VOTE, 1, note="imported from paper")
    revision, fresh = workspace.answers_at(assessment)
    assert revision > shown
    workspace.save_answer(
        assessment,
        Answer(VOTE, 3, note=fresh[VOTE].note),
        expected_revision=revision,
    )
    assert workspace.answers(assessment)[VOTE] == Answer(VOTE, 3, note="imported from paper")


def test_every_change_to_an_assessment_moves_its_revision(
    workspace: Workspace, tmp_path: Path
) -> None:
    assessment = _assessment(workspace, "workshop")
    seen = [workspace.revision(assessment)]

    def moved() -> None:
        seen.append(workspace.revision(assessment))
        assert seen[-1] > seen[-2]

    workspace.save_answer(assessment, Answer(VOTE, 2))
    moved()
    workspace.save_answers(assessment, [Answer(ASSEMBLY, 3)])
    moved()
    evidence = tmp_path / "minutes.pdf"
    evidence.write_bytes(b"%PDF")
    record = workspace.add_evidence(assessment, VOTE, evidence)
    moved()
    workspace.remove_evidence(assessment, record.uuid)
    moved()
    participant = workspace.add_participant(assessment, "Ana")
    moved()
    workspace.save_participant_answers(assessment, participant.uuid, [Answer(VOTE, 4)])
    moved()
    workspace.finish(assessment)
    moved()
    with pytest.raises(InputError, match="finished"):
        workspace.save_answer(assessment, Answer(VOTE, 0))
    assert workspace.revision(assessment) == seen[-1]
    workspace.reopen(assessment)
    moved()
    workspace.set_current_indicator(assessment, VOTE)  # where the user is: not a change
    assert workspace.revision(assessment) == seen[-1]


def test_a_save_waits_for_a_lock_held_elsewhere_instead_of_failing(tmp_path: Path) -> None:
    """With another process holding the write lock 0.3 s, a save was refused after 3 ms."""
    from bench.__main__ import _save_while_locked

    saved, waited = _save_while_locked(tmp_path / "locked.db", 0.3)
    assert saved
    assert waited >= 0.25
