"""The defects of issue 13, one test each: names as identities, silent overwrites, files
dated in the future, limits that are not symmetric, undoing an import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sseassess.app.bundles import (
    collect,
    export_bundle,
    export_workshop_file,
    import_file,
    join_workshop,
)
from sseassess.app.workspace import AmbiguousParticipant, Workspace
from sseassess.cli import main
from sseassess.domain.answers import MAX_TEXT_LENGTH, Answer
from sseassess.domain.merge import ChangesNeedAcceptance, Outcome
from sseassess.domain.records import OrganizationProfile, ParticipantRecord
from sseassess.domain.text import InputError
from sseassess.exchange.bundle import SUFFIX, hash_payload

VOTE = "democratic-control.one-member-one-vote"
ASSEMBLY = "democratic-control.general-assembly"
STATUTES = "primacy-of-person.mission-in-statutes"


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def workshop(workspace: Workspace) -> str:
    organization = workspace.add_organization(OrganizationProfile(name="Habitat Coop"))
    return workspace.start_assessment(organization, "workshop")


def _form(path: Path, rows: str) -> Path:
    path.write_text(f"indicator,level,reason,note\n{rows}", encoding="utf-8")
    return path


def test_an_ambiguous_name_is_refused_and_an_id_is_accepted(
    workspace: Workspace, workshop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = workspace.add_participant(workshop, "Maria", "member")
    second = workspace.add_participant(workshop, "Maria", "worker")
    workspace.save_participant_answers(workshop, first.uuid, [Answer(VOTE, 1)])
    workspace.save_participant_answers(workshop, second.uuid, [Answer(VOTE, 4)])
    before = workspace.participant_answers(workshop)
    form = _form(tmp_path / "maria.csv", f"{VOTE},2,,\n")
    code = main(["answers", "import", workshop, str(form), "--participant", "maria"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Several participants are called maria; nothing was changed" in err
    assert first.uuid in err and second.uuid in err
    assert workspace.participant_answers(workshop) == before
    target = tmp_path / f"maria{SUFFIX}"
    assert main(["bundle", "export", workshop, "-o", str(target), "--participant", "Maria"]) == 2
    assert second.uuid in capsys.readouterr().err and not target.exists()
    with pytest.raises(AmbiguousParticipant):
        workspace.find_participant(workshop, "MARIA")
    # By its id (or the start of it), the second Maria is meant.
    accept = "--accept-changes"
    command = ["answers", "import", workshop, str(form), "--participant", second.short_id]
    assert main([*command, accept]) == 0
    answers = workspace.participant_answers(workshop)
    assert answers[first.uuid][VOTE].level == 1 and answers[second.uuid][VOTE].level == 2
    assert (
        main(["bundle", "export", workshop, "-o", str(target), "--participant", second.uuid]) == 0
    )


def test_a_one_row_correction_changes_one_answer(workspace: Workspace, workshop: str) -> None:
    maria = ParticipantRecord("6f1e2a64-8e0f-4a86-a1a4-2b1f3d0f0c11", "Maria", "member")
    workspace.import_participant_answers(
        workshop, maria, [Answer(VOTE, 1), Answer(ASSEMBLY, 3, note="AG annuelle")]
    )
    with pytest.raises(ChangesNeedAcceptance) as pending:
        workspace.import_participant_answers(workshop, maria, [Answer(VOTE, 2)])
    [change] = pending.value.changes
    assert (change.indicator_id, change.before, change.after) == (
        VOTE,
        Answer(VOTE, 1),
        Answer(VOTE, 2),
    )
    assert change.participant_name == "Maria"
    workspace.import_participant_answers(workshop, maria, [Answer(VOTE, 2)], accept=True)
    assert workspace.participant_answers(workshop)[maria.uuid] == {
        VOTE: Answer(VOTE, 2),
        ASSEMBLY: Answer(ASSEMBLY, 3, note="AG annuelle"),
    }


def test_sofia_answering_again_on_another_laptop_stays_one_sofia(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    """The workshop file addressed to Sofia carries her id to any laptop."""
    for_sofia = tmp_path / f"sofia{SUFFIX}"
    addressed = export_workshop_file(workspace, workshop, for_sofia, "Sofia")
    assert addressed.participant is not None and addressed.answers == ()
    sent = []
    for number, level in enumerate((1, 3)):
        with Workspace.open(url_of(tmp_path / f"laptop{number}.db")) as laptop:
            _assessment, person = join_workshop(laptop, for_sofia)
            assert person.uuid == addressed.participant.uuid
            laptop.save_answer(workshop, Answer(VOTE, level))
            target = tmp_path / f"back{number}{SUFFIX}"
            export_bundle(laptop, workshop, target, "Sofia")
            sent.append(target)
    report = collect(workspace, list(reversed(sent)))
    assert [o.status for o in report.outcomes] == [Outcome.IMPORTED, Outcome.UNCHANGED]
    [sofia] = workspace.participants(workshop)
    assert workspace.participant_answers(workshop)[sofia.uuid] == {VOTE: Answer(VOTE, 3)}


def test_two_records_of_one_person_are_merged_and_her_later_files_follow(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    laptops_file = tmp_path / f"workshop{SUFFIX}"
    export_workshop_file(workspace, workshop, laptops_file)
    files = []
    for number in range(2):
        with Workspace.open(url_of(tmp_path / f"laptop{number}.db")) as laptop:
            join_workshop(laptop, laptops_file, "Sofia")
            laptop.save_answer(workshop, Answer(VOTE, number))
            files.append(tmp_path / f"s{number}{SUFFIX}")
            export_bundle(laptop, workshop, files[-1], "Sofia")
    collect(workspace, files)
    first, second = workspace.participants(workshop)
    kept = workspace.merge_participants(workshop, first.uuid, second.uuid)
    assert kept.uuid == first.uuid
    [sofia] = workspace.participants(workshop)
    assert workspace.participant_answers(workshop)[sofia.uuid] == {VOTE: Answer(VOTE, 1)}
    # The second laptop answers again: its file now comes to the one Sofia.
    with Workspace.open(url_of(tmp_path / "laptop1.db")) as laptop:
        laptop.save_answer(workshop, Answer(VOTE, 4))
        export_bundle(laptop, workshop, tmp_path / f"again{SUFFIX}", "Sofia")
    outcome = import_file(workspace, tmp_path / f"again{SUFFIX}")
    assert outcome.status == Outcome.UPDATED
    assert [p.uuid for p in workspace.participants(workshop)] == [first.uuid]
    assert workspace.participant_answers(workshop)[first.uuid] == {VOTE: Answer(VOTE, 4)}
    assert workspace.find_participant(workshop, second.uuid).uuid == first.uuid


def test_a_merge_can_be_undone(workspace: Workspace, workshop: str) -> None:
    ana = workspace.add_participant(workshop, "Ana")
    anna = workspace.add_participant(workshop, "Anna")
    workspace.save_participant_answers(workshop, ana.uuid, [Answer(VOTE, 1)])
    workspace.save_participant_answers(workshop, anna.uuid, [Answer(ASSEMBLY, 2)])
    before = workspace.participant_answers(workshop)
    workspace.merge_participants(workshop, ana.uuid, anna.uuid)
    [entry] = workspace.import_log(workshop)
    assert entry.kind == "merge" and entry.can_undo
    workspace.undo_import(entry.uuid)
    assert workspace.participant_answers(workshop) == before
    assert [p.display_name for p in workspace.participants(workshop)] == ["Ana", "Anna"]


def test_the_workshop_file_for_laptops_carries_no_answer(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    """A late participant never sees the consensus, nor anyone's answers, pre-filled."""
    ana = workspace.add_participant(workshop, "Ana")
    workspace.save_participant_answers(workshop, ana.uuid, [Answer(VOTE, 2, note="secret")])
    workspace.set_consensus(workshop, VOTE, 3)
    path = tmp_path / f"late{SUFFIX}"
    export_workshop_file(workspace, workshop, path)
    payload = json.loads(path.read_bytes())["payload"]
    assert payload["role"] == "workshop"
    assert payload["answers"] == [] and payload["participants"] == []
    assert "secret" not in path.read_text("utf-8")
    with Workspace.open(url_of(tmp_path / "late.db")) as late:
        join_workshop(late, path, "Zoé")
        assert late.answers(workshop) == {}


def test_a_participants_whole_file_never_becomes_the_consensus_unasked(
    workspace: Workspace, workshop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptops_file = tmp_path / f"workshop{SUFFIX}"
    export_workshop_file(workspace, workshop, laptops_file)
    with Workspace.open(url_of(tmp_path / "laptop.db")) as laptop:
        # A laptop that took the workshop but never said who answers there.
        collect(laptop, [laptops_file])
        laptop.save_answer(workshop, Answer(VOTE, 0))
        laptop.save_answer(workshop, Answer(ASSEMBLY, 1))
        whole = tmp_path / f"whole{SUFFIX}"
        export_bundle(laptop, workshop, whole)
    code = main(["bundle", "import", str(whole)])
    err = capsys.readouterr().err
    assert code == 2
    assert "waiting for your approval" in err
    assert "(consensus): no answer → 0" in err and "(consensus): no answer → 1" in err
    assert workspace.answers(workshop) == {}
    # Accepted: applied, logged, and undone again.
    assert main(["bundle", "import", "--accept-changes", str(whole)]) == 0
    assert workspace.answers(workshop)[VOTE].level == 0
    entry = next(e for e in workspace.import_log(workshop) if e.can_undo)
    assert entry.outcome == Outcome.CHANGED
    workspace.undo_import(entry.uuid)
    assert workspace.answers(workshop) == {}


def test_a_joined_laptop_sends_a_participants_file_not_the_whole_workshop(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    laptops_file = tmp_path / f"workshop{SUFFIX}"
    export_workshop_file(workspace, workshop, laptops_file)
    with Workspace.open(url_of(tmp_path / "laptop.db")) as laptop:
        join_workshop(laptop, laptops_file, "Jean")
        laptop.save_answer(workshop, Answer(VOTE, 2))
        with pytest.raises(InputError, match="not as Paul"):
            export_bundle(laptop, workshop, tmp_path / f"p{SUFFIX}", "Paul")
        sent = export_bundle(laptop, workshop, tmp_path / f"jean{SUFFIX}")
        assert sent.role == "participant"
    # A participant's file refers to the framework: most of its bytes were the framework.
    assert (tmp_path / f"jean{SUFFIX}").stat().st_size < 10_000
    assert laptops_file.stat().st_size > 150_000


def test_a_file_dated_in_the_year_9999_is_refused_and_blocks_nothing(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    laptops_file = tmp_path / f"workshop{SUFFIX}"
    export_workshop_file(workspace, workshop, laptops_file)
    with Workspace.open(url_of(tmp_path / "laptop.db")) as laptop:
        join_workshop(laptop, laptops_file, "Ana")
        laptop.save_answer(workshop, Answer(VOTE, 2))
        good = tmp_path / f"good{SUFFIX}"
        export_bundle(laptop, workshop, good)
    document = json.loads(good.read_bytes())
    document["payload"]["participant"]["answered_at"] = "9999-12-31T23:59:59.000000Z"
    document["payload"]["participant"]["display_name"] = "Ana"
    document["content_hash"] = hash_payload(document["payload"])
    future = tmp_path / f"future{SUFFIX}"
    future.write_text(json.dumps(document), encoding="utf-8")
    report = collect(workspace, [future, good])
    assert [o.status for o in report.outcomes] == [Outcome.REFUSED, Outcome.IMPORTED]
    assert "more than a day after the clock of this computer" in report.outcomes[0].message()


def test_what_can_be_typed_can_travel(workspace: Workspace, workshop: str, tmp_path: Path) -> None:
    """The same limits at entry, from paper and in files: a message where it is typed."""
    with pytest.raises(InputError) as long_note:
        workspace.save_answer(workshop, Answer(VOTE, 2, note="n" * (MAX_TEXT_LENGTH + 1)))
    [problem] = long_note.value.problems
    assert "the note is too long (20001 characters; at most 20000)" in problem.message()
    with pytest.raises(InputError, match="cannot be saved"):
        workspace.save_answer(workshop, Answer(VOTE, 2, note="a\x00b"))
    workspace.save_answer(workshop, Answer(VOTE, 2, note="n" * MAX_TEXT_LENGTH))
    form = _form(tmp_path / "long.csv", f"{ASSEMBLY},2,,{'x' * (MAX_TEXT_LENGTH + 5)}\n")
    assert main(["answers", "import", workshop, str(form), "--participant", "Ana"]) == 2
    assert workspace.participants(workshop) == []
    # What was typed at the limit travels and is read back on another computer.
    whole = tmp_path / f"whole{SUFFIX}"
    export_bundle(workspace, workshop, whole)
    with Workspace.open(url_of(tmp_path / "other.db")) as other:
        assert import_file(other, whole).status == Outcome.IMPORTED
        assert len(other.answers(workshop)[VOTE].note) == MAX_TEXT_LENGTH


def test_an_update_is_undone_unless_changed_again_since(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    laptops_file = tmp_path / f"workshop{SUFFIX}"
    export_workshop_file(workspace, workshop, laptops_file)
    sends = []
    with Workspace.open(url_of(tmp_path / "laptop.db")) as laptop:
        join_workshop(laptop, laptops_file, "Ana")
        for level in (1, 2):
            laptop.save_answer(workshop, Answer(VOTE, level))
            sends.append(tmp_path / f"ana{level}{SUFFIX}")
            export_bundle(laptop, workshop, sends[-1])
    first = import_file(workspace, sends[0])
    second = import_file(workspace, sends[1])
    assert (first.status, second.status) == (Outcome.IMPORTED, Outcome.UPDATED)
    [ana] = workspace.participants(workshop)
    assert second.log is not None
    workspace.undo_import(second.log)
    assert workspace.participant_answers(workshop)[ana.uuid] == {VOTE: Answer(VOTE, 1)}
    with pytest.raises(InputError, match="already undone"):
        workspace.undo_import(second.log)
    # Corrected by hand since: undoing the first import would lose the correction.
    workspace.correct_participant_answer(workshop, ana, Answer(VOTE, 0))
    assert first.log is not None
    with pytest.raises(InputError, match="changed again since"):
        workspace.undo_import(first.log)
    entries = workspace.import_log(workshop)
    assert [e.kind for e in entries] == ["correction", "file", "file"]
    assert entries[1].undone_at is not None and not entries[1].can_undo
